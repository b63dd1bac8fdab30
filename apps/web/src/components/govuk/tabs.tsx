import { useRef, useState, type KeyboardEvent, type MouseEvent, type ReactNode } from 'react';
import { useGovukText } from './govuk-text';

export interface TabItem {
  /** The panel's id; unique on the page. */
  id: string;
  label: string;
  panel: ReactNode;
}

interface TabsProps {
  items: readonly TabItem[];
  /** The heading over the list of tabs on small screens; "Contents" in the page's language when absent. */
  title?: string;
  /** The tab shown first; the first tab when absent. */
  initialId?: string;
  onSelect?(id: string): void;
}

const tabId = (panelId: string) => `tab_${panelId}`;

/**
 * GOV.UK tabs built to the WAI-ARIA tabs pattern in React, without GOV.UK's script: one tab in the
 * tab order, arrow keys (and Home, End) move between tabs and show their panels.
 */
export function Tabs({ items, title, initialId, onSelect }: TabsProps) {
  const { tabsTitle } = useGovukText();
  const [selected, setSelected] = useState(() => (items.some((item) => item.id === initialId) ? initialId : items[0]?.id));
  const tabs = useRef(new Map<string, HTMLAnchorElement>());

  const select = (id: string, focus: boolean) => {
    setSelected(id);
    onSelect?.(id);
    if (focus) tabs.current.get(id)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLAnchorElement>, index: number) => {
    const last = items.length - 1;
    const target = { ArrowLeft: index === 0 ? last : index - 1, ArrowRight: index === last ? 0 : index + 1, Home: 0, End: last }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    select(items[target].id, true);
  };

  const onClick = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
    event.preventDefault();
    select(id, false);
  };

  return (
    <div className="govuk-tabs">
      <h2 className="govuk-tabs__title">{title ?? tabsTitle}</h2>
      <ul className="govuk-tabs__list" role="tablist">
        {items.map((item, index) => {
          const isSelected = item.id === selected;
          return (
            <li
              className={`govuk-tabs__list-item${isSelected ? ' govuk-tabs__list-item--selected' : ''}`}
              role="presentation"
              key={item.id}
            >
              <a
                className="govuk-tabs__tab"
                href={`#${item.id}`}
                id={tabId(item.id)}
                role="tab"
                aria-controls={item.id}
                aria-selected={isSelected}
                tabIndex={isSelected ? 0 : -1}
                ref={(element) => {
                  if (element) tabs.current.set(item.id, element);
                  else tabs.current.delete(item.id);
                }}
                onClick={(event) => onClick(event, item.id)}
                onKeyDown={(event) => onKeyDown(event, index)}
              >
                {item.label}
              </a>
            </li>
          );
        })}
      </ul>
      {items.map((item) => (
        <div
          className={`govuk-tabs__panel${item.id === selected ? '' : ' govuk-tabs__panel--hidden'}`}
          id={item.id}
          role="tabpanel"
          aria-labelledby={tabId(item.id)}
          tabIndex={0}
          key={item.id}
        >
          {item.panel}
        </div>
      ))}
    </div>
  );
}
