import { useTranslation } from 'react-i18next';
import { Tag, type TagColour } from '../components/govuk/tag';
import type { IdeaStage } from '../generated/graphql';

// The words carry the stage; the colour only helps the eye find ideas in the same stage.
const COLOURS: Readonly<Record<IdeaStage, TagColour>> = {
  BUZZ: 'yellow',
  TEAMING: 'light-blue',
  INVESTMENT: 'purple',
  IMPLEMENTED: 'green',
  REJECTED: 'red',
  ARCHIVED: 'grey',
};

export function StageTag({ stage }: { stage: IdeaStage }) {
  const { t } = useTranslation('ideas');
  return <Tag colour={COLOURS[stage]}>{t(`stages.${stage}`)}</Tag>;
}

/** Shown to moderators and admins beside content that everyone else no longer sees. */
export function HiddenTag() {
  const { t } = useTranslation('ideas');
  return <Tag colour="red">{t('hiddenTag')}</Tag>;
}
