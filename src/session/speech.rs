//! Reading aloud within a session: the sections of what a Listen button reads, in the guide
//! language, and their spoken text.

use chrono::NaiveDate as Date;

use crate::guide::speech::ReadingView;
use crate::guide::speech::{spoken_forms, spoken_text, ListenTarget, ReadingSection, SpeechError, SpeechRate};
use crate::session::Session;
use crate::views::speech::{advice_sections, deadline_sections, reading_view, topic_sections};

/// Reading aloud within a session: the sections of what a Listen button reads, in the guide
/// language, and their spoken text.
impl Session {
    /// The sections that `target` reads and the player's words; `today` counts deadlines.
    pub fn reading(&self, target: &ListenTarget, today: Date) -> crate::Result<ReadingView> {
        let (lang, sections) = self.sections(target, today)?;
        let l = self.guide().catalog().localizer(&lang);
        Ok(reading_view(&l, sections, self.speech_rate()?))
    }

    /// The language and text of section `section` of `target`, and the speed to read it at:
    /// what the shell gives to [`Voices::synthesize`].
    pub fn speech(&self, target: &ListenTarget, section: usize, today: Date) -> crate::Result<(String, String, SpeechRate)> {
        let (lang, sections) = self.sections(target, today)?;
        let count = sections.len();
        let chosen = sections.get(section).ok_or(SpeechError::NoSection { section, count })?;
        let l = self.guide().catalog().localizer(&lang);
        Ok((lang, spoken_text(chosen, &spoken_forms(&l)), self.speech_rate()?))
    }

    fn sections(&self, target: &ListenTarget, today: Date) -> crate::Result<(String, Vec<ReadingSection>)> {
        Ok(match target {
            ListenTarget::Topic { id } => {
                let topic = self.topic(id)?;
                (topic.lang.clone(), topic_sections(&topic))
            }
            ListenTarget::Deadline { profile, deadline } => {
                let view = self.profile(*profile, today)?;
                let found = view
                    .deadlines
                    .iter()
                    .find(|d| d.kind == *deadline)
                    .ok_or_else(|| crate::guide::deadline::DeadlineError::Unknown { kind: deadline.clone() })?;
                (view.lang.clone(), deadline_sections(found))
            }
            ListenTarget::Advice { answers } => {
                let advice = self.advise(answers)?;
                (advice.lang.clone(), advice_sections(&advice))
            }
        })
    }
}
