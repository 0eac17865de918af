/// The field names of every command's JSON output and CSV header: one name for one thing.
///
/// The README's "Output vocabulary" section documents each; `OutputVocabularyTests` checks
/// every command's JSON against this list and the README against it. An object's own stable
/// key is always `key` (never `id`, `article_id`), the article a fact comes from is always
/// `article` (an object with the article's `key`), a thing's name is always `name`.
enum OutputVocabulary {
    /// Field name → what it holds.
    static let fields: [String: String] = [
        "key": "the stable key of the thing the object describes (person:张三, meeting:…, policy:…, or an article's cf7a147fa542-0)",
        "kind": "what sort of thing: an entity's kind (person, organization, meeting …), a meeting's (plenum, congress …), a relation's (presided, holds_post …)",
        "from": "export csv: the key of the node an edge starts at", "to": "export csv: the key of the node an edge points to",
        "label": "export csv: an edge's Chinese name (主持, 出席 …)",
        "name": "the name of the thing the object describes (canonical: the longest printed)",
        "aliases": "other names printed for it, sorted",
        "article": "the article a fact comes from: an object with its key, title, headline, paper, issue_date, page (or some of them)",
        "articles": "the keys of the articles that printed it",
        "title": "an article's headline, or its opening words when it has none",
        "headline": "an article's printed headline, null when none",
        "paper": "the paper's id (jilin-daily)",
        "issue_date": "the date of the issue, YYYY-MM-DD",
        "page": "the page number, when known",
        "source": "the page file as ingested",
        "ordinal": "position: an article on its page, a name in its printed list (from 0 in JSON, 1 in CSV)",
        "dateline_date": "the date of an article's dateline",
        "reporters": "an article's reporters",
        "text": "text as printed (an article's body, a name as printed)",
        "snippet": "the matched words in context, the match in 【】",
        "date": "when a meeting or event happened (or a fact held), YYYY-MM-DD or MM-DD",
        "place": "where a meeting was held",
        "roles": "a person's roles at a meeting, or a meeting's people by role",
        "role": "presided, spoke, attended or reported",
        "presided": "who presided", "spoke": "who spoke", "attended": "who attended", "reported": "who reported",
        "person": "a participant's name (attendees CSV)",
        "evidence": "the sentence(s) that show a fact",
        "sentence": "the sentence that shows a role",
        "rule": "the rule that found a fact",
        "posts": "a person's posts, oldest first", "organization": "the organisation printed with a post",
        "organizations": "a person's organisations, or an article's", "first_seen": "first date seen", "last_seen": "last date seen",
        "began": "when a post began, if printed", "ended": "when a post ended, if printed",
        "meetings": "meetings (objects), or the names of shared meetings", "co_attendees": "the people met most often",
        "count": "how many (people: the articles that print the person; co_attendees: the meetings shared; meetings: the people with a role)", "detail": "person CSV: a post's organisation, a meeting's roles, the meetings shared", "decisions": "the resolver's decisions, with reasons", "sightings": "where a name was printed",
        "region": "the province of the paper that printed it", "events": "a policy's events, oldest first",
        "action": "issued, implemented or discussed", "by": "who issued it, or the meeting that discussed it",
        "figures": "figures printed with it", "columns": "an SQL answer's column names", "rows": "an SQL answer's rows",
        "issues": "stored page files", "sentences": "stored sentences", "entities": "stored entities", "mentions": "stored mentions",
        "relations": "stored relations", "top": "stats --top: the entities printed in the most articles, by kind",
        "field": "an evaluated field", "gold": "gold count", "system": "system count", "matched": "matched count",
        "precision": "precision", "recall": "recall", "f1": "F1",
        "id": "facts only: the article key, under the name the shared gold format gives it",
        "persons": "facts: persons with their titles", "titles": "facts: a person's posts", "policies": "facts: policies",
    ]

    /// Prefixes of `stats` counts by kind (`entities.person`, `relations.attended`).
    static let countPrefixes = ["entities.", "relations."]

    /// Whether `field` is in the vocabulary.
    static func contains(_ field: String) -> Bool {
        fields[field] != nil || countPrefixes.contains { field.hasPrefix($0) }
    }
}
