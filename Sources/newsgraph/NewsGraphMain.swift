import NewsGraphCLI

/// The `newsgraph` executable: runs the command line, whose `serve` runs asynchronously.
@main
enum NewsGraphMain {
    static func main() async {
        await NewsGraphCommand.main()
    }
}
