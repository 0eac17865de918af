import Foundation
import GRDB
import NewsGraphModel

extension GraphStore {
    /// Stores a processed document in one transaction and says what changed.
    ///
    /// A path already stored with the same content hash is left alone (`.unchanged`, nothing
    /// written); content already stored under another path is not stored again (`.duplicate`, and
    /// what this path held before is removed). A path stored with another hash has its issue
    /// deleted (articles, sentences, mentions and relations go with it by cascade, entities nothing
    /// refers to any more are pruned) and the document inserted again (`.replaced`). Otherwise it is inserted.
    /// On any error nothing is written and a `NewsGraphError` names the file, and where known
    /// the article ordinal and the span at fault.
    public func ingest(_ document: Document) throws -> IngestOutcome {
        do {
            return try dbQueue.write { db in try Self.write(document, in: db) }
        } catch {
            throw NewsGraphError.database(error, file: document.path, doing: "cannot store the document")
        }
    }

    /// The body of `ingest`, inside its transaction.
    private static func write(_ document: Document, in db: Database) throws -> IngestOutcome {
        let file = document.path
        let existing = try attempt("cannot look up the issue", file: file) {
            try IssueRecord.filter(Column("source_path") == file).fetchOne(db)
        }
        if let existing, existing.contentHash == document.contentHash { return .unchanged }
        let duplicateOf = try attempt("cannot look up the content hash", file: file) {
            try sourcePath(withContentHash: document.contentHash, except: file, in: db)
        }
        var removedNames: Set<String> = []
        if let existing {
            removedNames = Set(try String.fetchAll(db, sql: """
                SELECT DISTINCT IFNULL(m.name, e.name) FROM mentions m JOIN entities e ON e.id = m.entity_id
                JOIN articles a ON a.id = m.article_id WHERE a.issue_id = ? AND m.kind = 'person'
                """, arguments: [existing.id]))
            try attempt("cannot delete the previous version", file: file) {
                _ = try existing.delete(db)
                try pruneOrphanEntities(in: db)
            }
        }
        if let duplicateOf {
            if !removedNames.isEmpty {
                try attempt("cannot resolve entities", file: file) {
                    try EntityResolver.resolve(document: nil, issueId: nil, removed: removedNames, in: db)
                }
            }
            return .duplicate(of: duplicateOf)
        }

        var issue = IssueRecord(document: document)
        try attempt("cannot insert the issue", file: file) { try issue.insert(db) }
        guard let issueId = issue.id else {
            throw NewsGraphError(.database, file: file, "the issue got no row id")
        }

        var entities = EntityWriter()
        entities.region = document.issue.region
        entities.fullNames = document.fullNames
        var counts = (articles: 0, mentions: 0, relations: 0)
        for article in document.articles {
            let written = try write(article, of: document, issueId: issueId, entities: &entities, in: db)
            counts.articles += 1
            counts.mentions += written.mentions
            counts.relations += written.relations
        }
        try attempt("cannot resolve entities", file: file) {
            try EntityResolver.resolve(document: document, issueId: issueId, removed: removedNames, in: db)
        }
        if existing != nil {
            return .replaced(articles: counts.articles, mentions: counts.mentions, relations: counts.relations)
        }
        return .inserted(articles: counts.articles, mentions: counts.mentions, relations: counts.relations)
    }

    /// Writes one article with its sentences, entities, mentions and relations.
    private static func write(_ article: Article, of document: Document, issueId: Int64,
                              entities: inout EntityWriter, in db: Database) throws -> (mentions: Int, relations: Int) {
        let file = document.path
        let ordinal = article.ordinal
        var record = try ArticleRecord(article: article, issueId: issueId, page: document.page)
        try attempt("cannot insert the article", file: file, article: ordinal, span: article.pageSpan) {
            try record.insert(db)
        }
        guard let articleId = record.id else {
            throw NewsGraphError(.database, file: file, article: ordinal, "the article got no row id")
        }

        for (index, span) in article.sentences.enumerated() {
            var sentence = SentenceRecord(id: nil, articleId: articleId, ordinal: index, start: span.start,
                                          end: span.end, text: article.text.string(span))
            try attempt("cannot insert a sentence", file: file, article: ordinal, span: span) {
                try sentence.insert(db)
            }
        }

        let meetings = MeetingIndex(article.meetings)
        func entityId(_ ref: EntityRef) throws -> Int64 {
            if let meeting = meetings.meeting(named: ref) {
                return try entities.upsert(meeting, in: db)
            }
            return try entities.upsert(ref, in: db)
        }

        for meeting in article.meetings {
            try attempt("cannot store a meeting", file: file, article: ordinal, span: meeting.span) {
                let id = try entityId(meeting.ref)
                for alias in [meeting.name] + meeting.aliases {
                    try entities.addAlias(alias, to: id, in: db)
                }
            }
        }

        for mention in article.mentions {
            try attempt("cannot insert a mention", file: file, article: ordinal, span: mention.span) {
                var entity: Int64?
                if let kind = mention.kind.entityKind {
                    let id = try entityId(EntityRef(kind, mention.name))
                    try entities.addAlias(mention.name, to: id, in: db)
                    try entities.addAlias(mention.text, to: id, in: db)
                    entity = id
                }
                var row = MentionRecord(id: nil, articleId: articleId, entityId: entity, kind: mention.kind.rawValue,
                                        start: mention.span.start, end: mention.span.end, text: mention.text,
                                        rule: mention.rule, value: mention.value, name: mention.name, score: mention.score)
                try row.insert(db)
            }
        }

        var seen: Set<String> = []
        var relationCount = 0
        for relation in article.relations {
            try attempt("cannot insert a relation", file: file, article: ordinal, span: relation.evidence) {
                let subject = try relation.subject.map(entityId)
                let object = try entityId(relation.object)
                if let subject, let ref = relation.subject { try entities.addAlias(ref.name, to: subject, in: db) }
                try entities.addAlias(relation.object.name, to: object, in: db)
                let identity = "\(relation.kind.rawValue) \(subject ?? 0) \(object) \(relation.evidence.start) \(relation.date?.iso ?? "")"
                guard seen.insert(identity).inserted else { return }
                var row = RelationRecord(id: nil, kind: relation.kind.rawValue, subjectId: subject, objectId: object,
                                         articleId: articleId, start: relation.evidence.start,
                                         end: relation.evidence.end, rule: relation.rule, ordinal: relation.ordinal,
                                         date: relation.date?.iso, detail: relation.detail)
                try row.insert(db)
                relationCount += 1
            }
        }
        return (article.mentions.count, relationCount)
    }

    /// Deletes the entities that no mention and no relation refers to any more.
    private static func pruneOrphanEntities(in db: Database) throws {
        try EntityRecord
            .filter(sql: """
                NOT EXISTS (SELECT 1 FROM mentions WHERE mentions.entity_id = entities.id)
                AND NOT EXISTS (SELECT 1 FROM relations
                                WHERE relations.subject_id = entities.id OR relations.object_id = entities.id)
                """)
            .deleteAll(db)
    }

    /// Runs `body`, placing any error at `file`, `article` and `span`.
    private static func attempt<T>(_ what: String, file: String, article: Int? = nil, span: Span? = nil,
                                   _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw NewsGraphError.database(error, file: file, article: article, span: span, doing: what)
        }
    }
}
