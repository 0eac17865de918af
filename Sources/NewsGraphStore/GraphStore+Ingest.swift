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
        try ingest([document])[0].get()
    }

    /// Stores processed documents in one transaction, each under its own savepoint, and says
    /// what happened to each, in their order.
    ///
    /// Each document is stored as `ingest(_:)` stores one, in order; the persons they name are
    /// re-decided once, after the last (see `resolve(_:statements:in:)`), which gives the facts
    /// that re-deciding them after each document gives. A document that fails is rolled back to
    /// its savepoint: the database is as it was without it, and the others are still stored.
    /// When the transaction itself fails (the resolution or the commit), every document fails
    /// with that error and nothing is written. Statements are prepared once per connection and
    /// entity ids and aliases are remembered across batches (`EntityCache`).
    public func ingest(_ documents: [Document]) -> [Result<IngestOutcome, NewsGraphError>] {
        let cache = entityCache
        var results: [Result<IngestOutcome, NewsGraphError>] = []
        do {
            try dbQueue.write { db in
                results = []
                try cache.validate(db)
                let statements = try IngestStatements(db)
                // The persons the stored documents name, re-decided once for the batch, with what
                // the new articles say of each.
                var persons: Set<String> = []
                var sightings: [String: [PersonEvidence.Sighting]] = [:]
                var textIndex = ArticleTextIndex()
                for document in documents {
                    let indexBefore = textIndex
                    do {
                        var outcome = IngestOutcome.unchanged
                        var names: Set<String> = []
                        var seen: [String: [PersonEvidence.Sighting]] = [:]
                        try db.inSavepoint {
                            outcome = try Self.write(document, cache: cache, statements: statements, textIndex: &textIndex,
                                                     persons: &names, sightings: &seen, in: db)
                            return .commit
                        }
                        persons.formUnion(names)
                        sightings.merge(seen) { $0 + $1 }
                        results.append(.success(outcome))
                    } catch {
                        // The savepoint is rolled back: what the cache learnt since may not be stored,
                        // and the articles the index was given since are gone or no longer indexed.
                        cache.clear()
                        textIndex = indexBefore
                        results.append(.failure(NewsGraphError.database(error, file: document.path, doing: "cannot store the document")))
                    }
                }
                try textIndex.fill(in: db)
                try Self.resolve(persons, sightings: sightings, cache: cache, statements: statements, in: db)
                cache.forgetPersons()
            }
        } catch {
            cache.clear()
            return documents.map { .failure(NewsGraphError.database(error, file: $0.path, doing: "cannot store the document")) }
        }
        return results
    }

    /// The body of `ingest`, inside its transaction.
    ///
    /// The document's articles are added to `textIndex`, which the batch fills at its end.
    ///
    /// `persons` gets the person names whose sightings and resolution the document changed, and
    /// `sightings` what its articles say of each; the batch re-decides them once all its
    /// documents are stored (`resolve(_:sightings:cache:statements:in:)`).
    private static func write(_ document: Document, cache: EntityCache, statements: IngestStatements,
                              textIndex: inout ArticleTextIndex, persons: inout Set<String>, sightings: inout [String: [PersonEvidence.Sighting]],
                              in db: Database) throws -> IngestOutcome {
        let file = document.path
        // The stored issue of this path, if any: its id and hash (not its texts).
        let existing = try attempt("cannot look up the issue", file: file) {
            try Row.fetchOne(statements.issueByPath, arguments: [file]).map { (id: $0[0] as Int64, contentHash: $0[1] as String) }
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
                try textIndex.fill(in: db) // the delete trigger needs the batch's articles indexed
                try statements.deleteIssue.run([existing.id])
                try pruneOrphanEntities(in: db)
            }
            cache.clear()
        }
        persons = removedNames
        if let duplicateOf { return .duplicate(of: duplicateOf) }

        var issue = IssueRecord(document: document)
        try attempt("cannot insert the issue", file: file) { try issue.insert(db) }
        guard let issueId = issue.id else {
            throw NewsGraphError(.database, file: file, "the issue got no row id")
        }

        var entities = EntityWriter(cache: cache, statements: statements)
        entities.region = document.issue.region
        entities.fullNames = document.fullNames
        var counts = (articles: 0, mentions: 0, relations: 0)
        var articleIds: [Int64] = []
        for article in document.articles {
            let written = try write(article, of: document, issueId: issueId, entities: entities, in: db)
            articleIds.append(written.id)
            textIndex.add(written.id)
            counts.articles += 1
            counts.mentions += written.mentions
            counts.relations += written.relations
        }
        // Where the posts place each person (votes for the batch's resolution).
        try attempt("cannot record the jurisdictions of persons", file: file) {
            sightings = try EntityResolver.recordVotes(of: document, articleIds: articleIds, insert: statements.insertVote)
        }
        for article in document.articles {
            for mention in article.mentions where mention.kind == .person { persons.insert(mention.name) }
        }
        if existing != nil {
            return .replaced(articles: counts.articles, mentions: counts.mentions, relations: counts.relations)
        }
        return .inserted(articles: counts.articles, mentions: counts.mentions, relations: counts.relations)
    }

    /// Re-decides the persons called `names` once a batch's documents are stored: `EntityResolver`
    /// weighs the jurisdiction votes of every stored article that names them (what each document
    /// added or removed) as it does after a single document, and dates meetings from their reports.
    ///
    /// A name's evidence is read from the database the first time the run meets it and kept in
    /// `cache`; later batches add their `sightings` to it, so the cost of a batch does not grow
    /// with the articles already stored. (A replaced document or a rollback empties the cache.)
    ///
    /// A person the resolver splits by province gets the mentions written to the bare name moved
    /// to it, but not their aliases; so every person whose mentions moved is then given the
    /// name and the printed text of each of its mentions as aliases (as `EntityWriter` gives a
    /// mention written to it directly), whatever the order its mentions came in.
    private static func resolve(_ names: Set<String>, sightings: [String: [PersonEvidence.Sighting]], cache: EntityCache,
                                statements: IngestStatements, in db: Database) throws {
        guard !names.isEmpty else { return }
        try attempt("cannot resolve the persons of the batch", file: nil) {
            let moved = try EntityResolver.resolve(names.sorted(), evidence: { name in
                var evidence: PersonEvidence
                if let known = cache.evidence[name] {
                    evidence = known
                    for sighting in sightings[name] ?? [] { evidence.add(sighting) }
                } else {
                    evidence = try PersonEvidence.load(name, in: db)
                }
                cache.evidence[name] = evidence
                return evidence
            }, in: db)
            for name in moved {
                let rows = try Row.fetchAll(statements.personMentions, arguments: [name])
                for row in rows {
                    let id: Int64 = row[0]
                    for alias in [row[1] as String, row[2] as String] {
                        let alias = alias.trimmingSpaces()
                        if !alias.isEmpty { try statements.insertAlias.run([id, alias]) }
                    }
                }
            }
        }
    }

    /// Writes one article with its sentences, entities, mentions and relations.
    private static func write(_ article: Article, of document: Document, issueId: Int64,
                              entities: EntityWriter, in db: Database) throws -> (id: Int64, mentions: Int, relations: Int) {
        let file = document.path
        let ordinal = article.ordinal
        var record = try ArticleRecord(article: article, issueId: issueId, page: document.page)
        try attempt("cannot insert the article", file: file, article: ordinal, span: article.pageSpan) {
            try record.insert(db)
        }
        guard let articleId = record.id else {
            throw NewsGraphError(.database, file: file, article: ordinal, "the article got no row id")
        }

        // Spans must lie inside the article's text (checked here rather than by a trigger per row).
        let length = article.text.count
        let statements = entities.statements
        for (index, span) in article.sentences.enumerated() {
            try attempt("cannot insert a sentence", file: file, article: ordinal, span: span) {
                try Self.check(span, within: length, "sentence span outside its article text")
                try statements.insertSentence.run([articleId, index, span.start, span.end, article.text.string(span)])
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
                try Self.check(mention.span, within: length, "mention span outside its article text")
                try statements.insertMention.run([articleId, entity, mention.kind.rawValue, mention.span.start, mention.span.end,
                                                  mention.text, mention.rule, mention.value, mention.name, mention.score])
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
                try Self.check(relation.evidence, within: length, "relation evidence outside its article text")
                try statements.insertRelation.run([relation.kind.rawValue, subject, object, articleId, relation.evidence.start,
                                                   relation.evidence.end, relation.rule, relation.ordinal,
                                                   relation.date?.iso, relation.detail])
                relationCount += 1
            }
        }
        return (articleId, article.mentions.count, relationCount)
    }

    /// Refuses a span that ends past the article's text (`length` scalars), as SQLite would
    /// refuse a constraint.
    private static func check(_ span: Span, within length: Int, _ message: String) throws {
        guard span.end <= length else { throw DatabaseError(resultCode: .SQLITE_CONSTRAINT, message: message) }
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
    private static func attempt<T>(_ what: String, file: String?, article: Int? = nil, span: Span? = nil,
                                   _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch {
            throw NewsGraphError.database(error, file: file, article: article, span: span, doing: what)
        }
    }
}
