/**
 * The form kit (src/ui/form) on a real device database: a form checks with the mutator's
 * own schema and writes nothing while a field is wrong, puts a mutator's refusal on its
 * field (or above the button when no field shows it), writes once valid, and binds every
 * field kind to its value.
 */
import { cleanup, fireEvent, render, screen, waitFor } from '@solidjs/testing-library';
import { createSignal } from 'solid-js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { uuidv7 } from '../../src/core/ids';
import { GigDb } from '../../src/db/db';
import { mutate } from '../../src/db/mutate';
import {
  asNumber,
  ChoiceChips,
  createForm,
  DateField,
  Form,
  NumberField,
  RegionField,
  SelectField,
  SubmitRow,
  TextField,
} from '../../src/ui/form';
import { ServicesProvider } from '../../src/ui/services';
import { jobPostArgs } from '../fixtures/records';
import { fillPhone } from '../support/full-phone';
import { testServices } from '../support/services';

let db: GigDb;

/** A small 发布岗位 with one field of each kind; `id` fixed makes a second save collide. */
function JobForm(props: { id?: string; saved: (id: string) => void }) {
  const form = createForm({
    initial: { title: '', wageMin: '', wageMax: '', startDate: '', benefits: [] as string[], regionCode: '630103' },
    mutation: (values) => ({
      name: 'job.post',
      args: {
        ...jobPostArgs({ id: props.id ?? uuidv7() }),
        title: values.title,
        wageMin: asNumber(values.wageMin),
        wageMax: asNumber(values.wageMax || values.wageMin),
        startDate: values.startDate || undefined,
        benefits: values.benefits,
        regionCode: values.regionCode,
      },
    }),
    done: ({ args }) => props.saved(args.id),
  });
  return (
    <Form form={form} testId="form">
      <TextField form={form} name="title" label="岗位名称" />
      <NumberField form={form} name="wageMin" label="最低工资" decimal />
      <NumberField form={form} name="wageMax" label="最高工资" decimal />
      <DateField form={form} name="startDate" label="开工日期" />
      <ChoiceChips
        form={form}
        name="benefits"
        label="待遇"
        options={[
          { value: 'meals', label: '包吃' },
          { value: 'lodging', label: '包住' },
        ]}
      />
      <RegionField form={form} name="regionCode" />
      <SubmitRow form={form} label="保存" testId="save" />
    </Form>
  );
}

function renderForm(id?: string) {
  const saved: string[] = [];
  render(() => (
    <ServicesProvider value={testServices(db)}>
      <JobForm id={id} saved={(x) => saved.push(x)} />
    </ServicesProvider>
  ));
  return saved;
}

const field = (name: string) => document.querySelector(`[name=${name}]`) as HTMLInputElement;
const type = (name: string, value: string) => fireEvent.input(field(name), { target: { value } });
const choose = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });
const errorUnder = (name: string) => field(name).closest('.field')?.querySelector('.field-error')?.textContent;

describe('the form kit', () => {
  beforeEach(() => {
    db = new GigDb(`form-kit-${uuidv7()}`);
  });
  afterEach(async () => {
    cleanup();
    await db.delete();
  });

  it('shows the schema’s verdict next to each field and writes nothing', async () => {
    const saved = renderForm();
    type('wageMin', '一百');
    fireEvent.click(screen.getByTestId('save'));
    await screen.findByTestId('form-errors');
    expect(errorUnder('title')).toBe('请填写');
    // Filled, but with words: the field says what to write instead of "fill it in".
    expect(errorUnder('wageMin')).toBe('请只写数字，如 3000');
    expect(errorUnder('wageMax')).toBe('请只写数字，如 3000'); // one figure given: it is the highest too
    expect(screen.getByTestId('form-errors')).toHaveTextContent('有 3 处要改一下');
    expect(await db.outbox.count()).toBe(0);
    expect(saved).toEqual([]);
  });

  it('puts the cursor in the first field to fix, not on the button', async () => {
    renderForm();
    type('title', '招保洁员');
    type('wageMin', '250元');
    screen.getByTestId('save').focus();
    fireEvent.submit(screen.getByTestId('form'));
    await waitFor(() => expect(errorUnder('wageMin')).toBe('请只写数字，如 3000'));
    expect(document.activeElement).toBe(field('wageMin'));
  });

  it('puts a mutator’s refusal on its field: the highest wage below the lowest', async () => {
    renderForm();
    type('title', '招保洁员');
    type('wageMin', '200');
    type('wageMax', '150');
    fireEvent.click(screen.getByTestId('save'));
    await waitFor(() => expect(errorUnder('wageMax')).toBe('最高工资不能低于最低工资'));
    expect(await db.outbox.count()).toBe(0);
  });

  it('writes once valid, with every field’s value, then calls done', async () => {
    const saved = renderForm();
    type('title', '招保洁员');
    type('wageMin', '180');
    type('startDate', '2026-12-15');
    fireEvent.click(screen.getByRole('button', { name: '包住' }));
    choose('town', '630103100');
    expect(field('county').value).toBe('630103');
    fireEvent.click(screen.getByTestId('save'));
    await waitFor(() => expect(saved).toHaveLength(1));
    const job = await db.jobs.get(saved[0]);
    expect(job).toMatchObject({
      title: '招保洁员',
      wageMin: 180,
      wageMax: 180,
      startDate: '2026-12-15',
      benefits: ['lodging'],
      regionCode: '630103100',
    });
    expect(await db.outbox.count()).toBe(1);
    expect(screen.queryByTestId('form-errors')).toBeNull();
  });

  it('says so above the button when the phone is full, and keeps what was typed', async () => {
    fillPhone(db);
    const saved = renderForm();
    type('title', '招保洁员');
    type('wageMin', '200');
    fireEvent.click(screen.getByTestId('save'));
    expect(await screen.findByTestId('form-error')).toHaveTextContent('手机存储满了');
    expect(field('title').value).toBe('招保洁员');
    expect(saved).toEqual([]);
  });

  it('shows a refusal no field holds above the button, in words', async () => {
    const id = uuidv7();
    await mutate(db, 'job.post', jobPostArgs({ id }));
    renderForm(id);
    type('title', '招保洁员');
    type('wageMin', '180');
    fireEvent.click(screen.getByTestId('save'));
    expect(await screen.findByTestId('form-error')).toHaveTextContent('这条记录已经存在，没有重复保存。');
    expect(screen.getByTestId('save')).not.toBeDisabled();
    expect(await db.outbox.count()).toBe(1);
  });

  it('keeps a region as one code: a town under its county, "—" back to the county', () => {
    renderForm();
    choose('town', '630103100');
    expect(field('town').value).toBe('630103100');
    choose('town', '');
    expect(field('county').value).toBe('630103');
    expect(field('town').value).toBe('');
  });

  it('a select shows its value when the options come later or are re-sorted', async () => {
    const [options, setOptions] = createSignal<{ value: string; label: string }[]>([]);
    function Station() {
      const form = createForm({
        initial: { stationId: 'b' },
        mutation: () => ({ name: 'job.post', args: jobPostArgs() }),
        done: () => undefined,
      });
      return <SelectField form={form} name="stationId" label="驿站" placeholder="不指定" options={options()} />;
    }
    render(() => (
      <ServicesProvider value={testServices(db)}>
        <Station />
      </ServicesProvider>
    ));
    const a = { value: 'a', label: '甲站' };
    const b = { value: 'b', label: '乙站' };
    setOptions([a, b]);
    await waitFor(() => expect(field('stationId').value).toBe('b'));
    setOptions([b, a]);
    await waitFor(() => expect(field('stationId').value).toBe('b'));
  });

  it('a default read late fills only fields still as they started: a place chosen meanwhile stands', async () => {
    let suggest: (values: { regionCode: string; title: string }) => void = () => undefined;
    function Late() {
      const form = createForm({
        initial: { regionCode: '', title: '' },
        mutation: () => ({ name: 'job.post', args: jobPostArgs() }),
        done: () => undefined,
      });
      suggest = form.suggest;
      return (
        <Form form={form} testId="form">
          <TextField form={form} name="title" label="岗位名称" />
          <RegionField form={form} name="regionCode" />
        </Form>
      );
    }
    render(() => (
      <ServicesProvider value={testServices(db)}>
        <Late />
      </ServicesProvider>
    ));
    choose('county', '150525');
    suggest({ regionCode: '630103', title: '搬运工' });
    await waitFor(() => expect(field('title').value).toBe('搬运工'));
    expect(field('county').value).toBe('150525');
  });
});
