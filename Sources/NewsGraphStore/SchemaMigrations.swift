import Foundation
import GRDB
import NewsGraphModel

/// The store's migrations: every `NNN_name.sql` file of the shipped `Schema` folder (found by
/// `ResourceLocator`), in order.
///
/// Each file becomes one `DatabaseMigrator` migration named after the file without its
/// extension (`001_initial`). Migrations are append-only: a shipped file is never edited,
/// a change is a new file with the next number.
enum SchemaMigrations {
    /// The migration files, sorted by name (and so by number).
    static func files() throws -> [URL] {
        let folder = try ResourceLocator.folder("Schema", bundle: "NewsGraph_NewsGraphStore",
                                                source: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Schema"))
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        } catch {
            throw NewsGraphError(.database, file: folder.path, "cannot list the schema folder: \(error)")
        }
        let files = names.filter(isMigrationName).sorted().map { folder.appendingPathComponent($0) }
        guard !files.isEmpty else {
            throw NewsGraphError(.database, file: folder.path, "no NNN_name.sql migration in the schema folder")
        }
        return files
    }

    /// Whether `name` looks like `001_initial.sql`: three digits, an underscore, a name, `.sql`.
    static func isMigrationName(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        guard scalars.count > 8, name.hasSuffix(".sql"), scalars[3] == "_" else { return false }
        return scalars[0..<3].allSatisfy { ("0"..."9").contains($0) }
    }

    /// The identifiers of the migrations, in order (`001_initial` …).
    static func identifiers() throws -> [String] {
        try files().map { $0.deletingPathExtension().lastPathComponent }
    }

    /// A migrator with one migration per schema file.
    static func migrator() throws -> DatabaseMigrator {
        var migrator = DatabaseMigrator()
        for file in try files() {
            let identifier = file.deletingPathExtension().lastPathComponent
            let sql: String
            do {
                sql = try String(contentsOf: file, encoding: .utf8)
            } catch {
                throw NewsGraphError(.unreadable, file: file.path, "cannot read migration: \(error)")
            }
            migrator.registerMigration(identifier) { db in
                try db.execute(sql: sql)
            }
        }
        return migrator
    }
}
