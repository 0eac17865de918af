import ArgumentParser
import Foundation
import NewsGraphStore

/// The `--db` option shared by every command that reads or writes the graph.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The SQLite file of the graph.", valueName: "file"))
    var db: String?

    /// The database path: `--db`, else `$NEWSGRAPH_DB`, else `newsgraph.sqlite`.
    var path: String {
        db ?? ProcessInfo.processInfo.environment["NEWSGRAPH_DB"] ?? "newsgraph.sqlite"
    }

    /// Opens the graph for writing (creating it if needed); `onWait` is called when another
    /// writer makes it wait.
    func open(onWait: (@Sendable () -> Void)? = nil) throws -> GraphStore { try GraphStore(path: path, onWait: onWait) }

    /// Opens an existing graph read-only (never migrated, never changed), with a clear error when
    /// there is none yet, it is not a NewsGraph database, or its schema is older (`newsgraph migrate`).
    func openExisting() throws -> GraphStore {
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIError("no graph at \(path): run `newsgraph ingest PATH...` first, or name one with --db")
        }
        return try GraphStore.readOnly(path: path)
    }
}
