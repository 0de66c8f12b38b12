import { defineMessages } from '@preceptor/shared/i18n/messagePairs.ts';

/** Words for the training sandbox origins setting (options page, issue 12). */
export const sandboxOriginMessages = defineMessages({
  sandboxOriginsHeading: ['培训沙箱地址', 'Training sandbox addresses'],
  sandboxOriginsHint: ['只有这些地址上的模拟医院系统（培训沙箱）可以把情景演练结果写入您的学习记录。其他网页，包括医院的正式系统，都不能写入。地址须写全：协议、主机和端口，例如 https://train.hospital.local 或 http://localhost:4173。', "Only the simulated hospital system (training sandbox) at these addresses may add scenario drill results to your learning record. No other web page can, including the hospital's live system. Give the full address: scheme, host and port, e.g. https://train.hospital.local or http://localhost:4173."],
  sandboxOriginsNone: ['尚未设置培训沙箱：情景演练结果不会进入学习记录。', 'No training sandbox set: scenario drill results are not added to your record.'],
  sandboxOriginsListLabel: ['已设置的培训沙箱地址', 'Training sandbox addresses set'],
  sandboxOriginAddLabel: ['添加地址', 'Add an address'],
  sandboxOriginAdd: ['添加', 'Add'],
  sandboxOriginRemove: ['移除', 'Remove'],
  sandboxOriginAdded: ['已添加 {origin}。', 'Added {origin}.'],
  sandboxOriginRemoved: ['已移除 {origin}。', 'Removed {origin}.'],
  sandboxOriginDuplicate: ['{origin} 已在列表中。', '{origin} is already in the list.'],
  sandboxOriginTooMany: ['最多可设置 {max} 个地址。', 'At most {max} addresses.'],
  'sandboxOriginProblem.not-a-url': ['不是完整地址：请以 http:// 或 https:// 开头，例如 https://train.hospital.local', 'Not a full address: start with http:// or https://, e.g. https://train.hospital.local'],
  'sandboxOriginProblem.not-http': ['只支持 http:// 或 https:// 地址', 'Only http:// or https:// addresses'],
  'sandboxOriginProblem.userinfo': ['地址中不能含用户名或密码（“@”）', 'No user name or password ("@") in the address'],
  'sandboxOriginProblem.not-an-origin': ['只写协议、主机和端口，不要路径、“?”或“#”（默认端口 80/443 不写）', 'Scheme, host and port only: no path, "?" or "#" (leave out the default ports 80/443)'],
  'sandboxOriginProblem.wildcard': ['不支持通配符“*”：请逐个写出地址', 'No "*" wildcards: list each address'],
});
