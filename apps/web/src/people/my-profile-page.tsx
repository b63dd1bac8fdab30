import { useMutation, useQuery } from '@apollo/client/react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { Button } from '../components/govuk/button';
import { ErrorSummary } from '../components/govuk/error-summary';
import { Textarea } from '../components/govuk/textarea';
import { TextInput } from '../components/govuk/text-input';
import { errorFor } from '../forms/form-errors';
import { useForm } from '../forms/use-form';
import { MyProfileDocument, UpdateProfileDocument, type MyProfileQuery } from '../generated/graphql';
import { PageState } from '../page/page-state';
import { usePageTitle } from '../page/page-title';
import { useSession } from '../session/session-context';
import { profileProblems, skillsFrom, type ProfileValues } from './profile-form';

const FIELD_IDS: Record<keyof ProfileValues, string> = {
  displayName: 'display-name',
  department: 'department',
  skills: 'skills',
  bio: 'bio',
};

function ProfileForm({ me }: { me: MyProfileQuery['me'] }) {
  const { t } = useTranslation('people', { keyPrefix: 'edit' });
  const { slug } = useSession();
  const navigate = useNavigate();
  const form = useForm<ProfileValues>({
    initial: {
      displayName: me.displayName,
      department: me.department ?? '',
      skills: me.skills.join(', '),
      bio: me.bio ?? '',
    },
    fieldIds: FIELD_IDS,
    validate: (typed) => profileProblems(typed).map(({ field, problem }) => ({ fieldId: FIELD_IDS[field], message: t(problem) })),
  });
  const { values, errors } = form;
  const [update] = useMutation(UpdateProfileDocument);
  usePageTitle(t('title'), { error: errors.length > 0 });

  const submit = form.onSubmit(async () => {
    await update({
      variables: {
        input: {
          displayName: values.displayName.trim(),
          department: values.department.trim(),
          skills: skillsFrom(values.skills),
          bio: values.bio.trim(),
        },
      },
    });
    await navigate(`/${slug}/people/${me.id}`, { state: { profileSaved: true } });
  });

  const set = (field: keyof ProfileValues) => (event: { target: { value: string } }) => form.setValue(field, event.target.value);
  return (
    <>
      <ErrorSummary errors={errors} />
      <h1 className="govuk-heading-l">{t('title')}</h1>
      <form onSubmit={submit} noValidate>
        <TextInput
          id={FIELD_IDS.displayName}
          label={t('displayNameLabel')}
          autoComplete="name"
          spellCheck={false}
          error={errorFor(errors, FIELD_IDS.displayName)}
          value={values.displayName}
          onChange={set('displayName')}
        />
        <TextInput
          id={FIELD_IDS.department}
          label={t('departmentLabel')}
          hint={t('departmentHint')}
          autoComplete="organization"
          error={errorFor(errors, FIELD_IDS.department)}
          value={values.department}
          onChange={set('department')}
        />
        <TextInput
          id={FIELD_IDS.skills}
          label={t('skillsLabel')}
          hint={t('skillsHint')}
          error={errorFor(errors, FIELD_IDS.skills)}
          value={values.skills}
          onChange={set('skills')}
        />
        <Textarea
          id={FIELD_IDS.bio}
          label={t('bioLabel')}
          hint={t('bioHint')}
          characterLimit={2000}
          error={errorFor(errors, FIELD_IDS.bio)}
          value={values.bio}
          onChange={set('bio')}
        />
        <div className="govuk-button-group">
          <Button disabled={form.busy}>{t('save')}</Button>
          <Link className="govuk-link" to={`/${slug}/people/${me.id}`}>
            {t('cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}

/** /:slug/profile: the signed-in member edits their name, department, skills and bio. */
export function MyProfilePage() {
  const { t } = useTranslation('people');
  const { slug, signedIn } = useSession();
  const { data, error } = useQuery(MyProfileDocument, { skip: !signedIn });
  usePageTitle(t('edit.title'));
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {!signedIn ? (
          <>
            <h1 className="govuk-heading-l">{t('edit.title')}</h1>
            <p className="govuk-body">
              <Trans
                t={t}
                i18nKey="edit.signInFirst"
                components={{ signInLink: <Link className="govuk-link" to={`/${slug}/sign-in`} /> }}
              />
            </p>
          </>
        ) : (
          <PageState data={data} error={error}>
            {(loaded) => <ProfileForm me={loaded.me} />}
          </PageState>
        )}
      </div>
    </div>
  );
}
