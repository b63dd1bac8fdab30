import { useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { Button } from '../components/govuk/button';
import { Table } from '../components/govuk/table';
import { Tag } from '../components/govuk/tag';
import { TextInput } from '../components/govuk/text-input';
import { PeopleDirectoryDocument } from '../generated/graphql';
import { PageState } from '../page/page-state';
import { usePageTitle } from '../page/page-title';
import { useCurrentMember } from '../session/current-member';
import { useSession } from '../session/session-context';

const PAGE_SIZE = 50;

function Directory() {
  const { t } = useTranslation('people', { keyPrefix: 'directory' });
  const { slug } = useSession();
  const me = useCurrentMember();
  const [params, setParams] = useSearchParams();
  const search = params.get('search') ?? '';
  const skill = params.get('skill') ?? '';
  const [typedSearch, setTypedSearch] = useState(search);
  const [typedSkill, setTypedSkill] = useState(skill);
  const filtered = search !== '' || skill !== '';
  const { data, error } = useQuery(PeopleDirectoryDocument, { variables: { search: search || null, skill: skill || null } });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (typedSearch.trim()) next.set('search', typedSearch.trim());
    if (typedSkill.trim()) next.set('skill', typedSkill.trim());
    setParams(next);
  };

  const people = data?.members;
  return (
    <>
      <p className="govuk-body-l">{t('intro')}</p>
      {me && (
        <p className="govuk-body">
          <Link className="govuk-link" to={`/${slug}/people/${me.id}`}>
            {t('yourProfile')}
          </Link>
        </p>
      )}
      <form onSubmit={submit} noValidate role="search" aria-label={t('title')}>
        <div className="govuk-grid-row">
          <div className="govuk-grid-column-one-half">
            <TextInput id="search" label={t('searchLabel')} value={typedSearch} onChange={(event) => setTypedSearch(event.target.value)} />
          </div>
          <div className="govuk-grid-column-one-half">
            <TextInput
              id="skill"
              label={t('skillLabel')}
              hint={t('skillHint')}
              value={typedSkill}
              onChange={(event) => setTypedSkill(event.target.value)}
            />
          </div>
        </div>
        <div className="govuk-button-group">
          <Button variant="secondary">{t('search')}</Button>
          {filtered && (
            <Link
              className="govuk-link"
              to={`/${slug}/people`}
              onClick={() => {
                setTypedSearch('');
                setTypedSkill('');
              }}
            >
              {t('clear')}
            </Link>
          )}
        </div>
      </form>
      <PageState data={people} error={error}>
        {(people) =>
          people.length === 0 ? (
            <p className="govuk-body">{t('none')}</p>
          ) : (
            <>
              <Table
                caption={filtered ? t('captionFiltered') : t('caption')}
                columns={[{ header: t('name') }, { header: t('department') }, { header: t('skills') }]}
                firstCellIsHeader
                rows={people.map((person) => ({
                  key: person.id,
                  cells: [
                    <Link className="govuk-link" to={`/${slug}/people/${person.id}`}>
                      {person.displayName}
                    </Link>,
                    person.department ?? t('noDepartment'),
                    <ul className="govuk-list app-tag-list govuk-!-margin-bottom-0">
                      {person.skills.map((name) => (
                        <li key={name}>
                          <Tag colour="grey">{name}</Tag>
                        </li>
                      ))}
                    </ul>,
                  ],
                }))}
              />
              {people.length === PAGE_SIZE && <p className="govuk-body">{t('showingFirst', { count: PAGE_SIZE })}</p>}
            </>
          )
        }
      </PageState>
    </>
  );
}

/** /:slug/people: the member directory, searched by name or department and filtered by skill. */
export function PeoplePage() {
  const { t } = useTranslation('people');
  const { slug, signedIn } = useSession();
  usePageTitle(t('directory.title'));
  return (
    <>
      <h1 className="govuk-heading-l">{t('directory.title')}</h1>
      {signedIn ? (
        <Directory />
      ) : (
        <p className="govuk-body">
          <Trans t={t} i18nKey="signInFirst" components={{ signInLink: <Link className="govuk-link" to={`/${slug}/sign-in`} /> }} />
        </p>
      )}
    </>
  );
}
