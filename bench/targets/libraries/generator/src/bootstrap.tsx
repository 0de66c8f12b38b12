// Bootstrap 5 renderer: PageSpec -> react-bootstrap components and Bootstrap classes (React 19), the
// way a HIS developer writes plain Bootstrap: few ARIA roles, labels as <label>/<span>, a plain
// <table class="table">, side navigation as a list of <a>, icons as <i class="bi bi-…">.
// Bundled by ../../regenerate.ts. Train only (see ../../split.ts).
import { createRoot } from 'react-dom/client';
import { useId, type ReactNode } from 'react';
import { Alert, Badge, Button, Card, Col, Container, Form, InputGroup, Modal, Nav, Row, Tab, Table, Tabs } from 'react-bootstrap';
import 'bootstrap/dist/css/bootstrap.min.css';
import 'bootstrap-icons/font/bootstrap-icons.css';
import type { ButtonSpec, ChoiceSpec, FieldSpec, FormSpec, IconName, Node, PageSpec } from '../../spec.ts';

const ICONS: Record<IconName, string> = {
  print: 'printer', refresh: 'arrow-clockwise', edit: 'pencil-square', delete: 'trash', add: 'plus-lg', search: 'search',
  user: 'person', setting: 'gear', download: 'download', bell: 'bell', file: 'file-earmark-text', home: 'house',
};
const SIZE = { small: 'sm', middle: undefined, large: 'lg' } as const;
const key = (mark?: { id: string }) => (mark ? { 'data-gen-key': mark.id } : {});
const icon = (name: IconName) => <i className={`bi bi-${ICONS[name]}`} aria-hidden="true" />;

function variantOf(s: ButtonSpec): string {
  switch (s.variant) {
    case 'primary': return 'primary';
    case 'danger': return 'danger';
    case 'dashed': return 'outline-primary';
    case 'text':
    case 'link': return 'link';
    default: return 'outline-secondary';
  }
}

function button(s: ButtonSpec, i: number): ReactNode {
  return (
    <Button key={i} variant={variantOf(s)} size={s.size ? SIZE[s.size] : undefined} disabled={s.disabled} aria-label={s.aria} title={s.title} {...key(s.mark)}>
      {s.icon ? icon(s.icon) : null}
      {s.icon && s.label ? ' ' : null}
      {s.label}
    </Button>
  );
}

/** radio and checkbox groups: a plain caption, then inline form-checks (label for= the input's id) */
function Choice({ f, layout }: { f: ChoiceSpec; layout: FormSpec['layout'] }) {
  const id = useId();
  const checks = f.options.map((o, k) => (
    <Form.Check
      key={o.value}
      inline
      type={f.kind}
      id={`${id}-${k}`}
      name={f.name}
      value={o.value}
      label={o.label}
      disabled={o.disabled}
      defaultChecked={f.value?.includes(o.value)}
      {...key(o.mark)}
    />
  ));
  if (layout === 'horizontal') {
    return (
      <Row className="mb-3">
        <Col sm={3} className="col-form-label">{f.label}</Col>
        <Col sm={9} className="pt-2">{checks}</Col>
      </Row>
    );
  }
  return (
    <div className="mb-3">
      {f.label ? <div className="form-label">{f.label}</div> : null}
      <div>{checks}</div>
    </div>
  );
}

function control(f: FieldSpec, id?: string): ReactNode {
  const common = { id, name: f.name, disabled: f.disabled, ...key(f.mark) };
  switch (f.kind) {
    case 'textarea': return <Form.Control as="textarea" rows={2} placeholder={f.placeholder} defaultValue={f.value} {...common} />;
    case 'select':
      return (
        <Form.Select defaultValue={f.value ?? ''} {...common}>
          <option value="">{f.placeholder ?? '--'}</option>
          {(f.options ?? []).map((o) => <option key={o} value={o}>{o}</option>)}
        </Form.Select>
      );
    case 'number': return <Form.Control type="number" defaultValue={f.value} {...common} />;
    case 'date': return <Form.Control type="date" defaultValue={f.value} {...common} />;
    default: return <Form.Control type="text" placeholder={f.placeholder} defaultValue={f.value} {...common} />;
  }
}

/**
 * One field. Vertical forms associate the label (controlId); horizontal forms put the label in a
 * grid column without `for`, and inline forms use an input-group caption: both as common in HIS
 * Bootstrap pages as the associated kind.
 */
function Field({ f, layout }: { f: FieldSpec; layout: FormSpec['layout'] }) {
  const id = useId();
  if (f.kind === 'switch') {
    return <Form.Check className="mb-3" type="switch" id={id} name={f.name} label={f.label} disabled={f.disabled} {...key(f.mark)} />;
  }
  if (layout === 'horizontal') {
    return (
      <Row className="mb-3">
        <Form.Label column sm={3}>{f.label}</Form.Label>
        <Col sm={9}>{control(f)}</Col>
      </Row>
    );
  }
  if (layout === 'inline') {
    return (
      <Col xs="auto">
        <InputGroup>
          <InputGroup.Text>{f.label}</InputGroup.Text>
          {control(f)}
        </InputGroup>
      </Col>
    );
  }
  return (
    <Form.Group className="mb-3" controlId={id}>
      <Form.Label>{f.label}</Form.Label>
      {control(f)}
    </Form.Group>
  );
}

function field(f: FieldSpec | ChoiceSpec, i: number, layout: FormSpec['layout']): ReactNode {
  return f.kind === 'radio' || f.kind === 'checkbox' ? <Choice key={i} f={f} layout={layout} /> : <Field key={i} f={f} layout={layout} />;
}

function node(n: Node, i: number): ReactNode {
  switch (n.kind) {
    case 'button':
      return button(n, i);
    case 'alert':
      return <Alert key={i} variant="info" className="py-2">{n.text}</Alert>;
    case 'heading': {
      const H = `h${n.level}` as 'h3' | 'h4' | 'h5';
      return <H key={i}>{n.text}</H>;
    }
    case 'banner':
      return (
        <div key={i} className="border rounded bg-light px-3 py-2 mb-3 d-flex flex-wrap align-items-center gap-3">
          {n.items.map((it) => (
            <span key={it.label}>
              <span className="text-muted">{it.label}：</span>
              <strong>{it.value}</strong>
            </span>
          ))}
          {(n.tags ?? []).map((t) => <Badge key={t} bg="warning" text="dark">{t}</Badge>)}
          <span className="ms-auto d-flex gap-2">{n.actions.map(button)}</span>
        </div>
      );
    case 'toolbar':
      return <div key={i} className="btn-toolbar gap-2 mb-3">{n.buttons.map(button)}</div>;
    case 'descriptions':
      return (
        <div key={i}>
          {n.title ? <h6>{n.title}</h6> : null}
          <dl className="row mb-2">
            {n.items.map((it) => [
              <dt key={`t${it.label}`} className="col-sm-3 fw-normal text-muted">{it.label}</dt>,
              <dd key={`d${it.label}`} className="col-sm-9">{it.value}</dd>,
            ])}
          </dl>
        </div>
      );
    case 'card':
      return (
        <Card key={i} className="mb-3">
          <Card.Header className={`d-flex align-items-center justify-content-between${n.size === 'small' ? ' py-1' : ''}`}>
            <span className="fw-bold">{n.title}</span>
            {n.extra && n.extra.length > 0 ? <div className="d-flex gap-2">{n.extra.map(button)}</div> : null}
          </Card.Header>
          <Card.Body>{n.body.map(node)}</Card.Body>
        </Card>
      );
    case 'table':
      return (
        <Table key={i} bordered hover size={n.size === 'small' ? 'sm' : undefined} className="align-middle">
          <thead className="table-light">
            <tr>
              {n.columns.map((c) => <th key={c.key}>{c.title}</th>)}
              {n.actions ? <th>{n.actionsTitle}</th> : null}
            </tr>
          </thead>
          <tbody>
            {n.rows.map((row, r) => (
              <tr key={r}>
                {n.columns.map((c) => <td key={c.key}>{row[c.key]}</td>)}
                {n.actions ? (
                  <td>
                    {n.actions.filter((a) => !a.onlyRows || a.onlyRows.includes(r)).map((a, k) => (
                      <Button
                        key={k}
                        variant="link"
                        size="sm"
                        className={`p-0 me-2${a.danger ? ' text-danger' : ''}`}
                        disabled={a.disabledRows?.includes(r)}
                        {...key(a.marks?.[r])}
                        {...(a.marks?.[r]?.expect ? { 'data-gen-expect': a.marks[r]!.expect } : {})}
                      >
                        {a.label}
                      </Button>
                    ))}
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </Table>
      );
    case 'form': {
      const fields = n.fields.map((f, k) => field(f, k, n.layout));
      const buttons = n.buttons && n.buttons.length > 0 ? <div className="d-flex gap-2">{n.buttons.map(button)}</div> : null;
      if (n.layout === 'inline') {
        return (
          <Form key={i} className="mb-3">
            <Row className="g-2 align-items-center">
              {fields}
              {buttons ? <Col xs="auto">{buttons}</Col> : null}
            </Row>
          </Form>
        );
      }
      return (
        <Form key={i} className="mb-3">
          {fields}
          {buttons}
        </Form>
      );
    }
    case 'tabs':
      return (
        <Tabs key={i} activeKey={n.active} className="mb-3" transition={false}>
          {n.items.map((t) => (
            <Tab key={t.key} eventKey={t.key} title={t.label}>
              {t.key === n.active ? n.body.map(node) : null}
            </Tab>
          ))}
        </Tabs>
      );
    case 'modal':
      return null;
  }
}

function App({ page }: { page: PageSpec }) {
  return (
    <>
      <Container fluid>
        <Row>
          {page.nav ? (
            <Col xs={2} className="bg-light border-end min-vh-100 pt-3">
              <Nav className="flex-column" activeKey={page.nav.selected} as="ul">
                {page.nav.items.map((it) => (
                  <Nav.Item as="li" key={it.key}>
                    <Nav.Link eventKey={it.key} href="#" {...key(it.mark)}>
                      {it.icon ? icon(it.icon) : null} {it.label}
                    </Nav.Link>
                  </Nav.Item>
                ))}
              </Nav>
            </Col>
          ) : null}
          <Col className="p-3">{page.body.map(node)}</Col>
        </Row>
      </Container>
      {page.modal ? (
        <Modal show animation={false} size="lg" backdrop="static" onHide={() => {}}>
          <Modal.Header closeButton>
            <Modal.Title as="h5">{page.modal.title}</Modal.Title>
          </Modal.Header>
          <Modal.Body>{page.modal.body.map(node)}</Modal.Body>
          <Modal.Footer>{page.modal.footer.map(button)}</Modal.Footer>
        </Modal>
      ) : null}
    </>
  );
}

(globalThis as any).__mount = (page: PageSpec) => {
  document.title = page.title;
  document.documentElement.lang = page.lang === 'zh' ? 'zh-CN' : 'en';
  createRoot(document.getElementById('root')!).render(<App page={page} />);
};
