import Foundation

/// Finds a folder of resources (the lexicons, the schema) at run time, so that the `newsgraph`
/// binary works wherever it is copied or installed, not only where it was built.
///
/// The places looked in, in order:
/// 1. `$NEWSGRAPH_RESOURCES/NAME`, when that variable is set (and then only there);
/// 2. beside the executable, as SwiftPM lays a build out: `BIN/BUNDLE.resources/NAME`;
/// 3. an install prefix: `BIN/../share/newsgraph/NAME` (what `scripts/install.sh` makes);
/// 4. the source folder the binary was built from, if it is still there.
///
/// Example: `try ResourceLocator.folder("Schema", bundle: "NewsGraph_NewsGraphStore", source: url)`.
public enum ResourceLocator {
    /// The variable that names a folder holding every resource folder.
    public static let environmentVariable = "NEWSGRAPH_RESOURCES"

    /// The running executable, with links resolved (`/usr/local/bin/newsgraph` → its real file).
    public static var executable: URL? {
        #if os(Linux)
        if let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            return URL(fileURLWithPath: target)
        }
        #endif
        return Bundle.main.executableURL?.resolvingSymlinksInPath()
    }

    /// The folders `folder(_:bundle:source:)` looks in, in order.
    public static func candidates(_ name: String, bundle: String, source: URL?,
                                  environment: [String: String] = ProcessInfo.processInfo.environment,
                                  executable: URL? = ResourceLocator.executable) -> [URL] {
        if let root = environment[environmentVariable], !root.isEmpty {
            return [URL(fileURLWithPath: root).appendingPathComponent(name)]
        }
        var out: [URL] = []
        if let bin = executable?.deletingLastPathComponent() {
            out.append(bin.appendingPathComponent(bundle + ".resources").appendingPathComponent(name))
            out.append(bin.deletingLastPathComponent().appendingPathComponent("share/newsgraph").appendingPathComponent(name))
        }
        if let source { out.append(source) }
        return out
    }

    /// The first of `candidates` that is a folder, or an error listing where it looked.
    public static func folder(_ name: String, bundle: String, source: URL?,
                              environment: [String: String] = ProcessInfo.processInfo.environment,
                              executable: URL? = ResourceLocator.executable) throws -> URL {
        let places = candidates(name, bundle: bundle, source: source, environment: environment, executable: executable)
        for place in places {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: place.path, isDirectory: &isDirectory), isDirectory.boolValue {
                return place
            }
        }
        throw NewsGraphError(.unreadable, file: name, """
            NewsGraph's \(name) folder was not found; looked in \(places.map(\.path).joined(separator: ", ")). \
            Install with scripts/install.sh, keep the \(bundle).resources folder beside the binary, \
            or set \(environmentVariable) to a folder holding \(name)/
            """)
    }
}
