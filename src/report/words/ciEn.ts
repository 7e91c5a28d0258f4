import type { CiWords } from './CiWords.js';

const files = (n: number) => `${n.toLocaleString('en')} ${n === 1 ? 'file' : 'files'}`;

export const ciEn: CiWords = {
  lang: 'en',
  rules: {
    'unsent-heen': {
      description:
        'A heenbericht of the release being closed off waits in the outbox. It must be sent before the timetable row that names its message, else before the heen block; once the chain blocks heenberichten of that release (or the row itself blocks), it can no longer be sent in it.',
      help: 'Send it before its deadline. If it must not go, take it out of the send list; the decision it carries (a toewijzing, a declaratie) is not withdrawn by that.',
    },
    'unsent-retour': {
      description:
        'A retourbericht of the release being closed off waits in the outbox. It must be sent before the timetable row that names its message, else before the retour block.',
      help: 'Send the retourbericht before its deadline.',
    },
    unread: {
      description:
        'A message of the release being closed off lies in the inbox: it has been received but not read in. Everything must be read in before the read-in row of the timetable for the receiving role.',
      help: 'Read the message in (import it) in your system before the deadline.',
    },
    unanswered: {
      description:
        'A heenbericht of the release being closed off was received, and no retourbericht for it is in the outbox or the sent archive. After the retour block it cannot be answered in that release.',
      help: 'Read it in, process it and send its retourbericht before the retour block.',
    },
    'awaiting-retour': {
      description:
        'A heenbericht of the release being closed off in the sent archive has no retourbericht in the inbox or the received archive. After the retour block the pair can no longer close in that release.',
      help: 'Ask the receiver for the retourbericht.',
    },
    rejected: {
      description:
        'A retourbericht received carries RetourCode 0001 for one of our heenberichten: the receiver rejected it. It counts towards the heenbericht’s own deadline.',
      help: 'Correct the heenbericht and send it again before its deadline.',
    },
    'duplicate-retour': {
      description:
        'Two or more retourberichten of one release answer the same heenbericht; the chain allows one.',
      help: 'Agree with the sender which retourbericht is right. A message already sent cannot be taken back.',
    },
    'retour-without-heen': {
      description:
        'A retourbericht waits in the outbox, but its heenbericht is in no folder (checked only with the received archive).',
      help: 'Check that the heenbericht was really received before sending this retour.',
    },
    copy: {
      description:
        'The same message is stored more than once in one folder (a download and its unpacked copy). It is judged once, under the first path; the other paths are listed with it, and copies never count twice.',
      help: 'Nothing to do. Remove the extra copies if they confuse your system.',
    },
    'archived-retour-without-heen': {
      description:
        'A retourbericht in an archive has no heenbericht in any folder. Archives are often pruned, so this is information only.',
      help: 'Nothing to do if the archive was pruned; otherwise look for the heenbericht.',
    },
    'duplicate-identificatie': {
      description:
        'One sender used the same Identificatie for two messages of one kind; the chain rejects the repeat (RetourCode 9056).',
      help: 'Give every message its own Identificatie; ask your vendor if the system repeats them.',
    },
    'release-mismatch': {
      description:
        'A retour of the new release answers a heen of the old one, or the reverse. A message can only be answered in its own release, so the heen stays unanswered.',
      help: 'Answer the heenbericht in its own release.',
    },
    'early-release': {
      description:
        'A message of the new release waits in the outbox before that release is in use (the ingebruikname row of the timetable); it cannot be delivered until then.',
      help: 'Hold it back until the new release is in use.',
    },
    'other-release': {
      description:
        'An iWmo/iJw message of a release that is not part of this migration (neither its from nor its to release).',
      help: 'Move it out of the folder if it does not belong there.',
    },
    'other-standard': {
      description: 'A message of another iStandaard (e.g. iWlz), or an EI file of another kind.',
      help: 'Handle it by its own standard, or --exclude its folder.',
    },
    'wrong-direction': {
      description:
        'In the outbox a message this role does not send, or in the inbox one it does not receive.',
      help: 'Check whose folder this is (--role, --org) and where this file came from.',
    },
    'not-addressed': {
      description: 'With --org: a message in the inbox addressed to none of the codes given.',
      help: 'Check --org, or forward the message to the organisation it is meant for.',
    },
    'link-outside': {
      description: 'A symbolic link leads out of its folder; it is not followed.',
      help: 'Move the target into the folder, or name its folder on the command line.',
    },
    'unsafe-entry-name': {
      description:
        'A ZIP archive holds entries named outside it (../, an absolute path). They are read, never written anywhere.',
      help: 'Ask the sender where the archive came from; such names are a trick to write outside a folder.',
    },
    'envelope-error': {
      description:
        'A StUF error message: a message sent through the GGk was refused. Only its code is shown.',
      help: 'Look up the refused message by its reference in your system, correct it and send it again.',
    },
    unreadable: {
      description:
        'A file or folder could not be read (permission, vanished, too large), or a ZIP entry is encrypted, a ZIP bomb, or nested too deep. Until it is read, readiness cannot be proven.',
      help: 'Give the tool read access, or run again if the file was being written.',
    },
    malformed: {
      description:
        'Not well-formed XML, cut off, empty, binary, in a wrong encoding, with an incomplete header, or a broken EI file, ZIP archive or envelope. Until it is repaired, readiness cannot be proven.',
      help: 'Open the file in your system: repair it, or ask the sender for it again.',
    },
    unrecognised: {
      description:
        'Well-formed, but not a message of any iStandaard, or an envelope that carries no message.',
      help: 'Move files that are not messages out of the folder, or --exclude them.',
    },
    inconsistent: {
      description:
        'Namespace, BerichtCode and BerichtVersie/BerichtSubversie disagree, or a GGk envelope contradicts the message inside.',
      help: 'Ask the sender or your vendor for a correct message.',
    },
  },
  moment: {
    due: (id, when) => `due before ${id} (${when})`,
    passed: (id, when) => `${id} (${when}) has passed`,
    at: (id, when) => `${id}: ${when}`,
  },
  outsideRoot: (n, root) =>
    `${files(n)} lie outside the root ${root}: their paths are written in full.`,
  more: (n) =>
    `… and ${n.toLocaleString('en')} more: the full list is in the complete report (--format json), kept as a build artefact.`,
  items: (n) => files(n),
  cut: '… cut to fit; the complete report (--format json) holds everything.',
  whatToDo: 'What to do',
  docs: 'Rule documentation',
};
