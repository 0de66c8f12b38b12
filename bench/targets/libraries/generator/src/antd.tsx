// Ant Design 6 renderer: PageSpec -> antd components (React 19). Bundled by ../../regenerate.ts.
import { createRoot } from 'react-dom/client';
import type { ReactNode } from 'react';
import { Alert, Button, Card, Checkbox, ConfigProvider, DatePicker, Descriptions, Form, Input, InputNumber, Layout, Menu, Modal, Radio, Select, Space, Switch, Table, Tabs, Tag, Typography } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import enUS from 'antd/locale/en_US';
import {
  BellOutlined, DeleteOutlined, DownloadOutlined, EditOutlined, FileTextOutlined, HomeOutlined, PlusOutlined, PrinterOutlined, ReloadOutlined, SearchOutlined, SettingOutlined, UserOutlined,
} from '@ant-design/icons';
import type { ButtonSpec, ChoiceSpec, FieldSpec, IconName, Node, PageSpec } from '../../spec.ts';

const ICONS: Record<IconName, ReactNode> = {
  print: <PrinterOutlined />, refresh: <ReloadOutlined />, edit: <EditOutlined />, delete: <DeleteOutlined />, add: <PlusOutlined />, search: <SearchOutlined />,
  user: <UserOutlined />, setting: <SettingOutlined />, download: <DownloadOutlined />, bell: <BellOutlined />, file: <FileTextOutlined />, home: <HomeOutlined />,
};

const key = (mark?: { id: string }) => (mark ? { 'data-gen-key': mark.id } : {});

function button(s: ButtonSpec, i: number): ReactNode {
  const type = s.variant === 'primary' ? 'primary' : s.variant === 'dashed' ? 'dashed' : s.variant === 'text' ? 'text' : s.variant === 'link' ? 'link' : 'default';
  return (
    <Button key={i} type={type} danger={s.variant === 'danger'} size={s.size} disabled={s.disabled} icon={s.icon ? ICONS[s.icon] : undefined} aria-label={s.aria} title={s.title} {...key(s.mark)}>
      {s.label}
    </Button>
  );
}

function field(f: FieldSpec | ChoiceSpec, i: number): ReactNode {
  if (f.kind === 'radio') {
    return (
      <Form.Item key={i} label={f.label} name={f.name}>
        <Radio.Group>
          {f.options.map((o) => (
            <Radio key={o.value} value={o.value} disabled={o.disabled} {...key(o.mark)}>{o.label}</Radio>
          ))}
        </Radio.Group>
      </Form.Item>
    );
  }
  if (f.kind === 'checkbox') {
    return (
      <Form.Item key={i} label={f.label || undefined} name={f.name}>
        <Checkbox.Group>
          {f.options.map((o) => (
            <Checkbox key={o.value} value={o.value} {...key(o.mark)}>{o.label}</Checkbox>
          ))}
        </Checkbox.Group>
      </Form.Item>
    );
  }
  const control =
    f.kind === 'textarea' ? <Input.TextArea rows={2} placeholder={f.placeholder} {...key(f.mark)} />
    : f.kind === 'select' ? <Select style={{ minWidth: 180 }} placeholder={f.placeholder} options={(f.options ?? []).map((o) => ({ value: o, label: o }))} {...key(f.mark)} />
    : f.kind === 'number' ? <InputNumber {...key(f.mark)} />
    : f.kind === 'switch' ? <Switch {...key(f.mark)} />
    : f.kind === 'date' ? <DatePicker {...key(f.mark)} />
    : <Input placeholder={f.placeholder} {...key(f.mark)} />;
  return (
    <Form.Item key={i} label={f.label} name={f.name} valuePropName={f.kind === 'switch' ? 'checked' : 'value'}>
      {control}
    </Form.Item>
  );
}

function node(n: Node, i: number): ReactNode {
  switch (n.kind) {
    case 'button':
      return button(n, i);
    case 'alert':
      return <Alert key={i} type="info" showIcon title={n.text} style={{ marginBottom: 12 }} />;
    case 'heading':
      return <Typography.Title key={i} level={n.level}>{n.text}</Typography.Title>;
    case 'banner':
      return (
        <Card key={i} size="small" style={{ marginBottom: 12 }}>
          <Space wrap size="large">
            {n.items.map((it) => (
              <span key={it.label}>
                <Typography.Text type="secondary">{it.label}：</Typography.Text>
                <Typography.Text strong>{it.value}</Typography.Text>
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
      return <Descriptions key={i} size="small" title={n.title} items={n.items.map((it, k) => ({ key: k, label: it.label, children: it.value }))} />;
    case 'card':
      return (
        <Card key={i} title={n.title} size={n.size === 'small' ? 'small' : 'default'} extra={n.extra && n.extra.length > 0 ? <Space>{n.extra.map(button)}</Space> : undefined} style={{ marginBottom: 12 }}>
          {n.body.map(node)}
        </Card>
      );
    case 'table': {
      const columns: any[] = n.columns.map((c) => ({ title: c.title, dataIndex: c.key, key: c.key }));
      if (n.actions) {
        columns.push({
          title: n.actionsTitle,
          key: 'actions',
          render: (_: unknown, _row: unknown, r: number) => (
            <Space>
              {n.actions!.filter((a) => !a.onlyRows || a.onlyRows.includes(r)).map((a, k) => (
                <Button key={k} type="link" size="small" danger={a.danger} disabled={a.disabledRows?.includes(r)} {...key(a.marks?.[r])} {...(a.marks?.[r]?.expect ? { 'data-gen-expect': a.marks[r]!.expect } : {})}>{a.label}</Button>
              ))}
            </Space>
          ),
        });
      }
      return <Table key={i} size={n.size === 'small' ? 'small' : 'middle'} pagination={false} rowKey={(_r: unknown) => JSON.stringify(_r)} columns={columns} dataSource={n.rows} />;
    }
    case 'form': {
      const initial: Record<string, unknown> = {};
      for (const f of n.fields) if ('value' in f && f.value !== undefined) initial[f.name] = f.kind === 'radio' ? (f.value as string[])[0] : f.value;
      return (
        <Form key={i} layout={n.layout ?? 'horizontal'} size={n.size} initialValues={initial}>
          {n.fields.map(field)}
          {n.buttons && n.buttons.length > 0 ? <Form.Item><Space>{n.buttons.map(button)}</Space></Form.Item> : null}
        </Form>
      );
    }
    case 'tabs':
      return <Tabs key={i} activeKey={n.active} size={n.size === 'small' ? 'small' : n.size === 'large' ? 'large' : 'middle'} items={n.items.map((t) => ({ key: t.key, label: t.label, children: t.key === n.active ? n.body.map(node) : null }))} />;
    case 'modal':
      return null;
  }
}

function App({ page }: { page: PageSpec }) {
  const content = <div style={{ padding: 16 }}>{page.body.map(node)}</div>;
  return (
    <ConfigProvider locale={page.lang === 'zh' ? zhCN : enUS} theme={{ token: { motion: false } }}>
      <Layout style={{ minHeight: '100vh' }}>
        {page.nav ? (
          <Layout.Sider theme="light" width={200}>
            <Menu mode="inline" selectedKeys={[page.nav.selected]} items={page.nav.items.map((it) => ({ key: it.key, icon: it.icon ? ICONS[it.icon] : undefined, label: it.label }))} />
          </Layout.Sider>
        ) : null}
        <Layout.Content>{content}</Layout.Content>
      </Layout>
      {page.modal ? (
        <Modal open title={page.modal.title} footer={<Space>{page.modal.footer.map(button)}</Space>} closable mask={{ closable: false }} width={640}>
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
