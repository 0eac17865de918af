import NewsGraphCLI
import NewsGraphPipeline
import NewsGraphModel
let path = CommandLine.arguments[1]
var doc = try DocumentReader().read(path: path)
try Pipeline.textOnly().run(&doc)
print(doc.issue, doc.page!.isColumnLayout)
for a in doc.articles {
  print("=== #\(a.ordinal) headline=\(a.headline ?? "-") kicker=\(a.kicker ?? "-") subheads=\(a.subheads) adoption=\(a.adoptionLine ?? "-") from=\(a.continuedFromPage.map(String.init) ?? "-")")
  print("dateline:", a.dateline.map { "\($0.text) \($0.date?.iso ?? "-") \($0.reporters)" } ?? "-")
  print(String(a.text.description.prefix(200)))
  print("... sentences:", a.sentences.count, "body", a.bodyLength, "total", a.text.count)
  if a.bodyLength < a.text.count { print("CREDITS:", a.text.string(a.bodyLength, a.text.count)) }
}
