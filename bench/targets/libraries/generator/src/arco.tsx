// Arco Design (ByteDance) renderer: PageSpec -> @arco-design/web-react (React 19 adapter). Bundled by ../../regenerate.ts.
import '@arco-design/web-react/es/_util/react-19-adapter';
import { createRoot } from 'react-dom/client';
import type { ReactNode } from 'react';
import { Alert, Button, Card, Checkbox, ConfigProvider, DatePicker, Descriptions, Form, Input, InputNumber, Layout, Menu, Modal, Radio, Select, Space, Switch, Table, Tabs, Tag, Typography } from '@arco-design/web-react';
import '@arco-design/web-react/dist/css/arco.css';
import zhCN from '@arco-design/web-react/es/locale/zh-CN';
import enUS from '@arco-design/web-react/es/locale/en-US';
import { IconDelete, IconDownload, IconEdit, IconFile, IconHome, IconNotification, IconPlus, IconPrinter, IconRefresh, IconSearch, IconSettings, IconUser } from '@arco-design/web-react/icon';
import type { ButtonSpec, ChoiceSpec, FieldSpec, IconName, Node, PageSpec } from '../../spec.ts';

const ICONS: Record<IconName, ReactNode> = {
  print: <IconPrinter />, refresh: <IconRefresh />, edit: <IconEdit />, delete: <IconDelete />, add: <IconPlus />, search: <IconSearch />,
  user: <IconUser />, setting: <IconSettings />, download: <IconDownload />, bell: <IconNotification />, file: <IconFile />, home: <IconHome />,
};
const SIZE = { small: 'small', middle: 'default', large: 'large' } as const;
const key = (mark?: { id: string }) => (mark ? { 'data-gen-key': mark.id } : {});

function button(s: ButtonSpec, i: number): ReactNode {
  const v = s.variant;
  const type = v === 'primary' ? 'primary' : v === 'dashed' ? 'dashed' : v === 'text' || v === 'link' ? 'text' : 'secondary';
  return (
    <Button key={i} type={type} status={v === 'danger' ? 'danger' : undefined} size={s.size ? SIZE[s.size] : undefined} disabled={s.disabled} icon={s.icon ? ICONS[s.icon] : undefined} aria-label={s.aria} title={s.title} {...key(s.mark)}>
      {s.label}
    </Button>
  );
}

function field(f: FieldSpec | ChoiceSpec, i: number): ReactNode {
  if (f.kind === 'radio') {
    return (
      <Form.Item key={i} label={f.label} field={f.name}>
        <Radio.Group>
          {f.options.map((o) => <Radio key={o.value} value={o.value} disabled={o.disabled} {...key(o.mark)}>{o.label}</Radio>)}
        </Radio.Group>
      </Form.Item>
    );
  }
  if (f.kind === 'checkbox') {
    return (
      <Form.Item key={i} label={f.label || undefined} field={f.name}>
        <Checkbox.Group>
          {f.options.map((o) => <Checkbox key={o.value} value={o.value} {...key(o.mark)}>{o.label}</Checkbox>)}
        </Checkbox.Group>
      </Form.Item>
    );
  }
  const control =
    f.kind === 'textarea' ? <Input.TextArea placeholder={f.placeholder} {...key(f.mark)} />
    : f.kind === 'select' ? <Select style={{ width: 220 }} placeholder={f.placeholder} options={f.options ?? []} {...key(f.mark)} />
    : f.kind === 'number' ? <InputNumber style={{ width: 160 }} {...key(f.mark)} />
    : f.kind === 'switch' ? <Switch {...key(f.mark)} />
    : f.kind === 'date' ? <DatePicker {...key(f.mark)} />
    : <Input placeholder={f.placeholder} {...key(f.mark)} />;
  return (
    <Form.Item key={i} label={f.label} field={f.name} triggerPropName={f.kind === 'switch' ? 'checked' : 'value'}>
      {control}
    </Form.Item>
  );
}

function node(n: Node, i: number): ReactNode {
  switch (n.kind) {
    case 'button':
      return button(n, i);
    case 'alert':
      return <Alert key={i} type="info" content={n.text} style={{ marginBottom: 12 }} />;
    case 'heading':
      return <Typography.Title key={i} heading={n.level}>{n.text}</Typography.Title>;
    case 'banner':
      return (
        <Card key={i} size="small" style={{ marginBottom: 12 }}>
          <Space wrap size="large">
            {n.items.map((it) => (
              <span key={it.label}>
                <Typography.Text type="secondary">{it.label}：</Typography.Text>
                <Typography.Text bold>{it.value}</Typography.Text>
              </span>
            ))}
            {(n.tags ?? []).map((t) => <Tag key={t} color="orange">{t}</Tag>)}
            {n.actions.map(button)}
          </Space>
        </Card>
      );
    case 'toolbar':
      return <Space key={i} style={{ marginBottom: 12 }}>{n.buttons.map(button)}</Space>;
    case 'descriptions':
      return <Descriptions key={i} title={n.title} column={3} data={n.items.map((it) => ({ label: it.label, value: it.value }))} />;
    case 'card':
      return (
        <Card key={i} title={n.title} size={n.size === 'small' ? 'small' : 'default'} extra={n.extra && n.extra.length > 0 ? <Space>{n.extra.map(button)}</Space> : undefined} style={{ marginBottom: 12 }}>
          {n.body.map(node)}
        </Card>
      );
    case 'table': {
      const columns: any[] = n.columns.map((c) => ({ title: c.title, dataIndex: c.key }));
      if (n.actions) {
        columns.push({
          title: n.actionsTitle,
          render: (_: unknown, _row: unknown, r: number) => (
            <Space>
              {n.actions!.filter((a) => !a.onlyRows || a.onlyRows.includes(r)).map((a, k) => (
                <Button key={k} type="text" size="small" status={a.danger ? 'danger' : undefined} disabled={a.disabledRows?.includes(r)} {...key(a.marks?.[r])}>{a.label}</Button>
              ))}
            </Space>
          ),
        });
      }
      return <Table key={i} size={n.size === 'small' ? 'small' : 'default'} pagination={false} rowKey={(r: any) => JSON.stringify(r)} columns={columns} data={n.rows} />;
    }
    case 'form': {
      const initial: Record<string, unknown> = {};
      for (const f of n.fields) if ('value' in f && f.value !== undefined) initial[f.name] = f.kind === 'radio' ? (f.value as string[])[0] : f.value;
      return (
        <Form key={i} layout={n.layout ?? 'horizontal'} size={n.size ? SIZE[n.size] : undefined} initialValues={initial}>
          {n.fields.map(field)}
          {n.buttons && n.buttons.length > 0 ? <Form.Item><Space>{n.buttons.map(button)}</Space></Form.Item> : null}
        </Form>
      );
    }
    case 'tabs':
      return (
        <Tabs key={i} activeTab={n.active} size={n.size ? SIZE[n.size] : undefined}>
          {n.items.map((t) => <Tabs.TabPane key={t.key} title={t.label}>{t.key === n.active ? n.body.map(node) : null}</Tabs.TabPane>)}
        </Tabs>
      );
    case 'modal':
      return null;
  }
}

function App({ page }: { page: PageSpec }) {
  return (
    <ConfigProvider locale={page.lang === 'zh' ? zhCN : enUS}>
      <Layout style={{ minHeight: '100vh' }}>
        {page.nav ? (
          <Layout.Sider width={200}>
            <Menu selectedKeys={[page.nav.selected]}>
              {page.nav.items.map((it) => (
                <Menu.Item key={it.key}>
                  {it.icon ? ICONS[it.icon] : null}
                  {it.label}
                </Menu.Item>
              ))}
            </Menu>
          </Layout.Sider>
        ) : null}
        <Layout.Content style={{ padding: 16 }}>{page.body.map(node)}</Layout.Content>
      </Layout>
      {page.modal ? (
        <Modal visible title={page.modal.title} footer={<Space>{page.modal.footer.map(button)}</Space>} maskClosable={false} style={{ width: 640 }} unmountOnExit={false}>
          {page.modal.body.map(node)}
        </Modal>
      ) : null}
    </ConfigProvider>
  );
}

(globalThis as any).__mount = (page: PageSpec) => {
  document.title = page.title;
  document.documentElement.lang = page.lang === 'zh' ? 'zh-CN' : 'en';
  createRoot(document.getElementById('root')!).render(<App page={page} />);
};
