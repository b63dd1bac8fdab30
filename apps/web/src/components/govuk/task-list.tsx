import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

export interface TaskListItem {
  id: string;
  name: string;
  /** Where the member goes to do the task; without it, the task is only named. */
  to?: string;
  hint?: string;
  /** "Completed" as plain text, anything still to do as a tag. */
  status: ReactNode;
}

/** GOV.UK's task list: what has to be done, each with its status. */
export function TaskList({ items }: { items: readonly TaskListItem[] }) {
  return (
    <ul className="govuk-task-list">
      {items.map(({ id, name, to, hint, status }) => {
        const statusId = `${id}-status`;
        const hintId = hint ? `${id}-hint` : undefined;
        return (
          <li className={`govuk-task-list__item${to ? ' govuk-task-list__item--with-link' : ''}`} key={id}>
            <div className="govuk-task-list__name-and-hint">
              {to ? (
                <Link className="govuk-link govuk-task-list__link" to={to} aria-describedby={[hintId, statusId].filter(Boolean).join(' ')}>
                  {name}
                </Link>
              ) : (
                <div>{name}</div>
              )}
              {hint && (
                <div id={hintId} className="govuk-task-list__hint">
                  {hint}
                </div>
              )}
            </div>
            <div className="govuk-task-list__status" id={statusId}>
              {status}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
