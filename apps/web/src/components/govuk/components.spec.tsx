import { describe, expect, it } from '@jest/globals';
import type { ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router-dom';
import { en } from '../../i18n/en';
import { BackLink } from './back-link';
import { Checkboxes } from './checkboxes';
import { DateInput } from './date-input';
import { ErrorSummary } from './error-summary';
import { GovukTextContext, type GovukText } from './govuk-text';
import { NotificationBanner } from './notification-banner';
import { Pagination } from './pagination';
import { Radios } from './radios';
import { Select } from './select';
import { SkipLink } from './skip-link';
import { Table } from './table';
import { Tabs } from './tabs';
import { Textarea } from './textarea';
import { TextInput } from './text-input';
import { WarningText } from './warning-text';

// Words no catalogue has, so a component that said anything of its own would show up.
const WORDS: GovukText = {
  skipLink: 'w-skip',
  serviceInformation: 'w-service',
  errorPrefix: 'w-error:',
  errorSummaryTitle: 'w-problem',
  importantTitle: 'w-important',
  successTitle: 'w-success',
  warningPrefix: 'w-warning',
  back: 'w-back',
  tabsTitle: 'w-contents',
  date: { day: 'w-day', month: 'w-month', year: 'w-year' },
  characterCount: {
    limit: (count) => `w-limit ${count}`,
    remaining: (count) => `w-remaining ${count}`,
    over: (count) => `w-over ${count}`,
  },
  pagination: { label: 'w-pages', previous: 'w-previous', next: 'w-next', page: (number) => `w-page ${number}` },
};

const render = (element: ReactElement, words: GovukText | null = WORDS) =>
  renderToStaticMarkup(
    <MemoryRouter>
      <GovukTextContext.Provider value={words}>{element}</GovukTextContext.Provider>
    </MemoryRouter>,
  );

/** The attributes of each element with this tag, in order: React decides the order of attributes. */
function elements(html: string, tag: string): Array<Record<string, string>> {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))].map(([, attributes]) =>
    Object.fromEntries([...attributes.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name, value]) => [name, value])),
  );
}

const ignore = () => undefined;
const ITEMS = [
  { value: 'yes', text: 'Answer one', hint: 'About one' },
  { value: 'no', text: 'Answer two' },
];

/** One of each component that says something of its own, with an error where it can have one. */
const EVERY_COMPONENT = (
  <>
    <SkipLink />
    <ErrorSummary errors={[{ message: 'A problem', fieldId: 'field' }]} />
    <NotificationBanner heading="News" />
    <NotificationBanner heading="Done" success />
    <TextInput id="text" label="Label" error="A problem" />
    <Textarea id="area" label="Label" error="A problem" value="abc" onChange={ignore} characterLimit={10} />
    <Select id="select" label="Label" error="A problem" options={[{ value: 'a', text: 'A' }]} />
    <Radios id="radios" legend="Legend" error="A problem" items={ITEMS} value={null} onChange={ignore} />
    <Checkboxes id="boxes" legend="Legend" error="A problem" items={ITEMS} values={[]} onChange={ignore} />
    <DateInput id="date" legend="Legend" error="A problem" value={{ day: '', month: '', year: '' }} onChange={ignore} />
    <WarningText>Careful</WarningText>
    <BackLink to="/" />
    <Tabs items={[{ id: 'one', label: 'One', panel: 'First' }]} />
    <Pagination previous="/?page=1" next="/?page=3" items={[{ kind: 'page', number: 2, to: '/?page=2', current: true }]} />
  </>
);

describe('GOV.UK components', () => {
  it('say nothing of their own: every word comes from the words they are given', () => {
    const html = renderToStaticMarkup(
      <MemoryRouter>{<GovukTextContext.Provider value={WORDS}>{EVERY_COMPONENT}</GovukTextContext.Provider>}</MemoryRouter>,
    );
    const englishWords = Object.values(en.common.govuk).flatMap((value) => (typeof value === 'string' ? [value] : Object.values(value)));
    const leaked = englishWords.map((words) => words.replace(/\{\{\w+\}\}/, '').trim()).filter((words) => html.includes(`>${words}<`));
    expect(leaked).toEqual([]);
    for (const word of [
      'w-skip',
      'w-error:',
      'w-problem',
      'w-important',
      'w-success',
      'w-warning',
      'w-back',
      'w-contents',
      'w-day',
      'w-pages',
      'w-page 2',
    ]) {
      expect(html).toContain(word);
    }
  });

  it('refuse to render without their words', () => {
    expect(() => render(<SkipLink />, null)).toThrow(/GovukTextContext/);
  });

  it('give the first radio the group id, so the error summary link lands on it, and describe the group by its hint and error', () => {
    const html = render(
      <Radios id="stage" legend="Stage" hint="Pick one" error="Choose a stage" items={ITEMS} value="no" onChange={ignore} />,
    );
    expect(html).toContain('aria-describedby="stage-hint stage-error"');
    expect(elements(html, 'input')).toEqual([
      { class: 'govuk-radios__input', id: 'stage', name: 'stage', type: 'radio', value: 'yes', 'aria-describedby': 'stage-item-hint' },
      { class: 'govuk-radios__input', id: 'stage-2', name: 'stage', type: 'radio', value: 'no', checked: '' },
    ]);
    expect(html).toContain('<label class="govuk-label govuk-radios__label" for="stage-2">Answer two</label>');
  });

  it('count the characters left, then the characters too many', () => {
    const within = render(<Textarea id="idea" label="Idea" value="abcdef" onChange={ignore} characterLimit={10} />);
    expect(within).toContain('w-remaining 4');
    expect(within).toContain('aria-describedby="idea-info"');
    expect(within).not.toContain('govuk-textarea--error');

    const over = render(<Textarea id="idea" label="Idea" value="abcdef" onChange={ignore} characterLimit={5} />);
    expect(over).toContain('w-over 1');
    expect(over).toContain('govuk-textarea--error');
  });

  it('name the parts of a date, highlighting only the parts in error', () => {
    const html = render(
      <DateInput
        id="closes"
        legend="Closes"
        error="Enter a month"
        errorParts={['month']}
        value={{ day: '1', month: '', year: '2026' }}
        onChange={ignore}
      />,
    );
    expect(html).toContain('role="group"');
    expect(html).toContain('<label class="govuk-label govuk-date-input__label" for="closes-month">w-month</label>');
    const classOf = Object.fromEntries(elements(html, 'input').map((input) => [input.id, input.class]));
    expect(classOf).toEqual({
      'closes-day': 'govuk-input govuk-date-input__input govuk-input--width-2',
      'closes-month': 'govuk-input govuk-date-input__input govuk-input--width-2 govuk-input--error',
      'closes-year': 'govuk-input govuk-date-input__input govuk-input--width-4',
    });
  });

  it('show one tab panel at a time, with the tabs in a tablist', () => {
    const html = render(
      <Tabs
        initialId="two"
        items={[
          { id: 'one', label: 'One', panel: 'First' },
          { id: 'two', label: 'Two', panel: 'Second' },
        ]}
      />,
    );
    expect(html).toContain('role="tablist"');
    const tabs = elements(html, 'a').map(({ id, role, ...rest }) => ({
      id,
      role,
      controls: rest['aria-controls'],
      selected: rest['aria-selected'],
      tabindex: rest.tabindex,
    }));
    expect(tabs).toEqual([
      { id: 'tab_one', role: 'tab', controls: 'one', selected: 'false', tabindex: '-1' },
      { id: 'tab_two', role: 'tab', controls: 'two', selected: 'true', tabindex: '0' },
    ]);
    expect(html).toContain('class="govuk-tabs__panel govuk-tabs__panel--hidden" id="one"');
    expect(html).toContain('class="govuk-tabs__panel" id="two"');
  });

  it('caption tables and align numbers right', () => {
    const html = render(
      <Table
        caption="Balances"
        columns={[{ header: 'Member' }, { header: 'Balance', numeric: true }]}
        rows={[{ key: 'sam', cells: ['Sam', '10.00'] }]}
        firstCellIsHeader
      />,
    );
    expect(html).toContain('<caption class="govuk-table__caption govuk-table__caption--m">Balances</caption>');
    expect(html).toContain('<th scope="col" class="govuk-table__header govuk-table__header--numeric">Balance</th>');
    expect(html).toContain('<th scope="row" class="govuk-table__header">Sam</th>');
    expect(html).toContain('<td class="govuk-table__cell govuk-table__cell--numeric">10.00</td>');
  });
});
