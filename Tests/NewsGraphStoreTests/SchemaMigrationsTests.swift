import Foundation
import NewsGraphModel
@testable import NewsGraphStore
import Testing

@Suite("Schema migrations")
struct SchemaMigrationsTests {
    @Test("a new file gets every table, the FTS table and the migration record")
    func createsTables() throws {
        try Fixtures.withStore { store, file in
            #expect(FileManager.default.fileExists(atPath: file.path))
            #expect(try store.appliedMigrations() == ["001_initial", "002_regions_and_identities", "003_relation_identity_with_date", "004_mention_names_index", "005_covering_indexes", "006_person_mentions_by_entity", "007_person_sightings", "008_mention_scores", "020_application_id", "021_issues_by_content_hash", "022_person_votes", "030_span_checks_in_swift", "031_query_covering_indexes", "032_article_text_index_per_batch", "033_relation_covering_indexes", "034_row_counts", "035_big_table_counts_on_demand"])
            let tables = try store.readOnlyQuery(sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'articles_fts_%'
                AND name NOT LIKE 'sqlite_%' AND name <> 'grdb_migrations' ORDER BY name
                """).rows.map { $0[0] }
            #expect(tables == ["aliases", "articles", "articles_fts", "entities", "issues", "mentions", "person_votes",
                               "relations", "resolutions", "row_counts", "sentences"])
            let fts = try store.readOnlyQuery(sql: "SELECT sql FROM sqlite_master WHERE name = 'articles_fts'")
            let sql = try #require(fts.rows.first?[0] ?? nil)
            #expect(sql.contains("fts5"))
            #expect(sql.contains("trigram"))
        }
    }

    @Test("reopening a migrated file runs nothing again and keeps the data")
    func reopens() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("graph.sqlite").path
        _ = try GraphStore(path: path).ingest(Fixtures.meetingDocument())
        let again = try GraphStore(path: path)
        #expect(try again.appliedMigrations() == ["001_initial", "002_regions_and_identities", "003_relation_identity_with_date", "004_mention_names_index", "005_covering_indexes", "006_person_mentions_by_entity", "007_person_sightings", "008_mention_scores", "020_application_id", "021_issues_by_content_hash", "022_person_votes", "030_span_checks_in_swift", "031_query_covering_indexes", "032_article_text_index_per_batch", "033_relation_covering_indexes", "034_row_counts", "035_big_table_counts_on_demand"])
        #expect(try again.stats().articles == 1)
    }

    @Test("030 leaves no span trigger and no index that another one prefixes; the CHECKs stay; 034 counts rows")
    func bulkLoadSchema() throws {
        try Fixtures.withStore { store, _ in
            let triggers = try store.readOnlyQuery(sql: "SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").rows.map { $0[0] }
            var counting: [String] = []
            // 035: sentences, mentions and relations are counted on demand, without a trigger per row.
            for table in ["aliases", "articles", "entities", "issues"] {
                counting += [table + "_count_after_delete", table + "_count_after_insert"]
                if table == "entities" { counting.append(table + "_count_after_kind_update") }
            }
            let expected: [String?] = (["articles_fts_after_delete", "articles_fts_after_update"] + counting).sorted()
            #expect(triggers == expected)
            let relationIndexes = try store.readOnlyQuery(sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'relations' AND sql IS NOT NULL ORDER BY name").rows.map { $0[0] }
            #expect(relationIndexes == ["relations_by_article_cover", "relations_by_object_cover", "relations_by_subject_cover", "relations_identity"])
            let indexes = try store.readOnlyQuery(sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'mentions' AND sql IS NOT NULL ORDER BY name").rows.map { $0[0] }
            #expect(indexes == ["mentions_by_article", "mentions_by_entity", "mentions_by_kind_name_entity"])
            let mentions = try store.readOnlyQuery(sql: "SELECT sql FROM sqlite_master WHERE name = 'mentions'")
            #expect((mentions.rows.first?[0] ?? "")?.contains("CHECK (0 <= start AND start <= \"end\")") == true)
        }
    }

    @Test("the bundled files are named NNN_name.sql and sorted")
    func files() throws {
        let names = try SchemaMigrations.files().map(\.lastPathComponent)
        #expect(names.first == "001_initial.sql")
        #expect(names == names.sorted())
        #expect(SchemaMigrations.isMigrationName("002_add_index.sql"))
        #expect(!SchemaMigrations.isMigrationName("initial.sql"))
        #expect(!SchemaMigrations.isMigrationName("01_x.sql"))
        #expect(!SchemaMigrations.isMigrationName("003_notes.txt"))
    }

    @Test("a file that is not a database is refused with its path")
    func notADatabase() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("junk.sqlite").path
        try Data(repeating: 0x41, count: 4096).write(to: URL(fileURLWithPath: path))
        let error = #expect(throws: NewsGraphError.self) { try GraphStore(path: path) }
        #expect(error?.kind == .database)
        #expect(error?.file == path)
    }
}
