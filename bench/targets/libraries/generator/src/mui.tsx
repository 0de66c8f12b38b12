// MUI (Material UI 9) renderer: PageSpec -> @mui/material components (React 19, emotion). Bundled by ../../regenerate.ts.
import { createRoot } from 'react-dom/client';
import type { ReactNode } from 'react';
import {
  Alert, Box, Button, Card, CardContent, CardHeader, Checkbox, Chip, CssBaseline, Dialog, DialogActions, DialogContent, DialogTitle, Drawer, FormControl, FormControlLabel, FormGroup, FormLabel,
  IconButton, List, ListItemButton, ListItemIcon, ListItemText, MenuItem, Radio, RadioGroup, Stack, Switch, Tab, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Tabs, TextField,
  ThemeProvider, Typography, createTheme,
} from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/Delete';
import DescriptionIcon from '@mui/icons-material/Description';
import DownloadIcon from '@mui/icons-material/Download';
import EditIcon from '@mui/icons-material/Edit';
import HomeIcon from '@mui/icons-material/Home';
import NotificationsIcon from '@mui/icons-material/Notifications';
import PersonIcon from '@mui/icons-material/Person';
import PrintIcon from '@mui/icons-material/Print';
import RefreshIcon from '@mui/icons-material/Refresh';
import SearchIcon from '@mui/icons-material/Search';
import SettingsIcon from '@mui/icons-material/Settings';
import type { ButtonSpec, ChoiceSpec, FieldSpec, IconName, Node, PageSpec } from '../../spec.ts';

const ICONS: Record<IconName, ReactNode> = {
  print: <PrintIcon />, refresh: <RefreshIcon />, edit: <EditIcon />, delete: <DeleteIcon />, add: <AddIcon />, search: <SearchIcon />,
  user: <PersonIcon />, setting: <SettingsIcon />, download: <DownloadIcon />, bell: <NotificationsIcon />, file: <DescriptionIcon />, home: <HomeIcon />,
};
const SIZE = { small: 'small', middle: 'medium', large: 'large' } as const;
const key = (mark?: { id: string }) => (mark ? { 'data-gen-key': mark.id } : {});

function button(s: ButtonSpec, i: number): ReactNode {
  if (s.icon && !s.label) {
    return (
      <IconButton key={i} size={s.size ? SIZE[s.size] : undefined} disabled={s.disabled} aria-label={s.aria} title={s.title} color={s.variant === 'primary' ? 'primary' : 'default'} {...key(s.mark)}>
        {ICONS[s.icon]}
      </IconButton>
    );
  }
  const variant = s.variant === 'primary' ? 'contained' : s.variant === 'default' || s.variant === 'dashed' || s.variant === undefined ? 'outlined' : 'text';
  return (
    <Button key={i} variant={variant} color={s.variant === 'danger' ? 'error' : 'primary'} size={s.size ? SIZE[s.size] : undefined} disabled={s.disabled} startIcon={s.icon ? ICONS[s.icon] : undefined} aria-label={s.aria} title={s.title} {...key(s.mark)}>
      {s.label}
    </Button>
  );
}

function field(f: FieldSpec | ChoiceSpec, i: number): ReactNode {
  if (f.kind === 'radio') {
    return (
      <FormControl key={i} sx={{ display: 'block', mb: 2 }}>
        <FormLabel>{f.label}</FormLabel>
        <RadioGroup row name={f.name} defaultValue={f.value?.[0]}>
          {f.options.map((o) => <FormControlLabel key={o.value} value={o.value} disabled={o.disabled} control={<Radio />} label={o.label} {...key(o.mark)} />)}
        </RadioGroup>
      </FormControl>
    );
  }
  if (f.kind === 'checkbox') {
    return (
      <FormControl key={i} component="fieldset" sx={{ display: 'block', mb: 2 }}>
        {f.label ? <FormLabel component="legend">{f.label}</FormLabel> : null}
        <FormGroup row>
          {f.options.map((o) => <FormControlLabel key={o.value} control={<Checkbox name={f.name} value={o.value} />} label={o.label} {...key(o.mark)} />)}
        </FormGroup>
      </FormControl>
    );
  }
  if (f.kind === 'switch') return <FormControlLabel key={i} sx={{ display: 'flex', mb: 2 }} control={<Switch name={f.name} />} label={f.label} {...key(f.mark)} />;
  return (
    <TextField
      key={i}
      name={f.name}
      label={f.label}
      placeholder={f.placeholder}
      disabled={f.disabled}
      select={f.kind === 'select'}
      multiline={f.kind === 'textarea'}
      minRows={f.kind === 'textarea' ? 2 : undefined}
      type={f.kind === 'number' ? 'number' : f.kind === 'date' ? 'date' : undefined}
      defaultValue={f.kind === 'select' ? '' : undefined}
      slotProps={{ inputLabel: f.kind === 'date' ? { shrink: true } : undefined }}
      size="small"
      sx={{ display: 'flex', mb: 2, maxWidth: 480 }}
      {...key(f.mark)}
    >
      {f.kind === 'select' ? (f.options ?? []).map((o) => <MenuItem key={o} value={o}>{o}</MenuItem>) : undefined}
    </TextField>
  );
}

function node(n: Node, i: number): ReactNode {
  switch (n.kind) {
    case 'button':
      return button(n, i);
    case 'alert':
      return <Alert key={i} severity="info" sx={{ mb: 2 }}>{n.text}</Alert>;
    case 'heading':
      return <Typography key={i} variant={`h${n.level}` as 'h4'} component="h1" gutterBottom>{n.text}</Typography>;
    case 'banner':
      return (
        <Card key={i} variant="outlined" sx={{ mb: 2, p: 1.5 }}>
          <Stack direction="row" spacing={3} alignItems="center" flexWrap="wrap">
            {n.items.map((it) => (
              <Box key={it.label}>
                <Typography component="span" variant="body2" color="text.secondary">{it.label}: </Typography>
                <Typography component="span" variant="body2" fontWeight={700}>{it.value}</Typography>
              </Box>
            ))}
            {(n.tags ?? []).map((t) => <Chip key={t} label={t} color="warning" size="small" />)}
            {n.actions.map(button)}
          </Stack>
        </Card>
      );
    case 'toolbar':
      return <Stack key={i} direction="row" spacing={1} sx={{ mb: 2 }}>{n.buttons.map(button)}</Stack>;
    case 'descriptions':
      return (
        <Box key={i}>
          {n.title ? <Typography variant="subtitle1">{n.title}</Typography> : null}
          <Stack direction="row" spacing={4}>
            {n.items.map((it) => (
              <Box key={it.label}>
                <Typography variant="caption" color="text.secondary" display="block">{it.label}</Typography>
                <Typography variant="body2">{it.value}</Typography>
              </Box>
            ))}
          </Stack>
        </Box>
      );
    case 'card':
      return (
        <Card key={i} variant="outlined" sx={{ mb: 2 }}>
          <CardHeader title={n.title} slotProps={{ title: { variant: 'h6' } }} action={n.extra && n.extra.length > 0 ? <Stack direction="row" spacing={1}>{n.extra.map(button)}</Stack> : undefined} />
          <CardContent>{n.body.map(node)}</CardContent>
        </Card>
      );
    case 'table':
      return (
        <TableContainer key={i}>
          <Table size={n.size === 'small' ? 'small' : 'medium'}>
            <TableHead>
              <TableRow>
                {n.columns.map((c) => <TableCell key={c.key}>{c.title}</TableCell>)}
                {n.actions ? <TableCell>{n.actionsTitle}</TableCell> : null}
              </TableRow>
            </TableHead>
            <TableBody>
              {n.rows.map((row, r) => (
                <TableRow key={r}>
                  {n.columns.map((c) => <TableCell key={c.key}>{row[c.key]}</TableCell>)}
                  {n.actions ? (
                    <TableCell>
                      {n.actions.filter((a) => !a.onlyRows || a.onlyRows.includes(r)).map((a, k) => (
                        <Button key={k} size="small" color={a.danger ? 'error' : 'primary'} disabled={a.disabledRows?.includes(r)} {...key(a.marks?.[r])}>{a.label}</Button>
                      ))}
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      );
    case 'form':
      return (
        <Box key={i} component="form" sx={{ mt: 1 }}>
          {n.fields.map(field)}
          {n.buttons && n.buttons.length > 0 ? <Stack direction="row" spacing={1}>{n.buttons.map(button)}</Stack> : null}
        </Box>
      );
    case 'tabs':
      return (
        <Box key={i}>
          <Tabs value={n.active} sx={{ mb: 2, minHeight: n.size === 'small' ? 36 : undefined }}>
            {n.items.map((t) => <Tab key={t.key} value={t.key} label={t.label} {...key(t.mark)} />)}
          </Tabs>
          {n.body.map(node)}
        </Box>
      );
    case 'modal':
      return null;
  }
}

const theme = createTheme({
  transitions: { create: () => 'none' },
  components: { MuiButtonBase: { defaultProps: { disableRipple: true } } },
});

function App({ page }: { page: PageSpec }) {
  return (
    <ThemeProvider theme={theme}>
      <CssBaseline />
      <Box sx={{ display: 'flex' }}>
        {page.nav ? (
          <Drawer variant="permanent" sx={{ width: 220, '& .MuiDrawer-paper': { width: 220 } }}>
            <List component="nav">
              {page.nav.items.map((it) => (
                <ListItemButton key={it.key} selected={it.key === page.nav!.selected} {...key(it.mark)}>
                  {it.icon ? <ListItemIcon>{ICONS[it.icon]}</ListItemIcon> : null}
                  <ListItemText primary={it.label} />
                </ListItemButton>
              ))}
            </List>
          </Drawer>
        ) : null}
        <Box component="main" sx={{ flexGrow: 1, p: 2 }}>{page.body.map(node)}</Box>
      </Box>
      {page.modal ? (
        <Dialog open transitionDuration={0} maxWidth="sm" fullWidth>
          <DialogTitle>{page.modal.title}</DialogTitle>
          <DialogContent>{page.modal.body.map(node)}</DialogContent>
          <DialogActions>{page.modal.footer.map(button)}</DialogActions>
        </Dialog>
      ) : null}
    </ThemeProvider>
  );
}

(globalThis as any).__mount = (page: PageSpec) => {
  document.title = page.title;
  document.documentElement.lang = page.lang === 'zh' ? 'zh-CN' : 'en';
  createRoot(document.getElementById('root')!).render(<App page={page} />);
};
