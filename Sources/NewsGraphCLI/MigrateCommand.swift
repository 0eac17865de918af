import ArgumentParser
import Foundation
import NewsGraphStore

/// `newsgraph migrate`
struct MigrateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate",
        abstract: "Bring a graph made by an older NewsGraph to the current schema (query commands never change the file)."
    )

    @OptionGroup var store: StoreOptions

    func run() throws {
        guard FileManager.default.fileExists(atPath: store.path) else {
            throw CLIError("no graph at \(store.path): run `newsgraph ingest PATH...` first, or name one with --db")
        }
        let before = try GraphStore.appliedMigrations(inFileAt: store.path)
        let applied = try store.open().appliedMigrations()
        let added = applied.filter { !before.contains($0) }
        print(added.isEmpty ? "\(store.path) is up to date (\(applied.count) migrations)"
              : "\(store.path): applied \(added.joined(separator: ", "))")
    }
}
