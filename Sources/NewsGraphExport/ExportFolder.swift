import Foundation
import NewsGraphModel

/// The files of a folder export (CSV tables, Neo4j import files), by name, and how to write them.
///
/// The writers build the files in memory; `write(to:)` then creates the folder if needed and
/// writes each file whole, replacing a file of that name and leaving other files alone.
///
/// ```swift
/// let folder = try GraphCSVWriter().write(view)
/// try folder.write(to: URL(fileURLWithPath: "out"))  // out/nodes.csv, out/edges.csv
/// ```
public struct ExportFolder: Hashable, Sendable {
    /// File name → UTF-8 text.
    public var files: [String: String]

    public init(files: [String: String]) {
        self.files = files
    }

    /// The file names, sorted.
    public var names: [String] { files.keys.sorted() }

    /// Writes every file into `folder`, creating it (and its parents) when missing.
    ///
    /// - Throws: `NewsGraphError(.unwritable)` naming the folder or the file that could not be
    ///   written, or a folder path that is a file.
    public func write(to folder: URL) throws {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw NewsGraphError(.unwritable, file: folder.path, "is a file, not a folder to write the export into")
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw NewsGraphError(.unwritable, file: folder.path, "cannot create the folder: \(error.localizedDescription)")
        }
        for name in names {
            let url = folder.appendingPathComponent(name)
            do {
                try Data(files[name]!.utf8).write(to: url)
            } catch {
                throw NewsGraphError(.unwritable, file: url.path, "cannot write the file: \(error.localizedDescription)")
            }
        }
    }

    /// Writes `text` as UTF-8 into `file`, replacing it: a single-file export (GraphML, GEXF).
    ///
    /// - Throws: `NewsGraphError(.unwritable)` naming the file.
    public static func write(_ text: String, to file: URL) throws {
        do {
            try Data(text.utf8).write(to: file)
        } catch {
            throw NewsGraphError(.unwritable, file: file.path, "cannot write the file: \(error.localizedDescription)")
        }
    }
}
