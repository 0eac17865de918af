import Foundation
import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct HTMLTextExtractorTests {
    /// A web page as a news site serves it: head with title, style and script, a navigation bar,
    /// a headline, a source line, paragraphs with entities, a comment and an editor line.
    static let page = """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>韩俊主持召开省政府常务会议</title>
        <style>.nav { color: red; } p > span { font-weight: bold; }</style>
        <script type="text/javascript">var tracker = "<p>不应出现</p>"; window.dataLayer = [];</script>
        </head><body>
        <div class="nav">您当前的位置 :首页 &gt; 要闻</div>
        <h1>韩俊主持召开省政府常务会议</h1>
        <div>2022-06-17 02:17 | 来源: 吉林日报</div>
        <!-- 广告位 <p>不应出现</p> -->
        <p>本报6月16日讯（记者于小博）今天，省委副书记、省长韩俊主持召开省政府2022年第14次常务会议，
           研究部署稳增长工作。</p>
        <p>会议指出，要坚持&ldquo;稳&rdquo;字当头&nbsp;&amp;&nbsp;稳中求进，&#20840;&#x529B;推动全省经济加快恢复增长。</p>
        <p>吴靖平、安立佳参加会议。</p>
        <div>编辑: 郭龙</div>
        </body></html>
        """

    func lines(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    @Test func dropsScriptsStylesCommentsAndTags() {
        let text = HTMLTextExtractor().text(fromHTML: Self.page)
        #expect(!text.contains("<"))
        #expect(!text.contains("不应出现"))
        #expect(!text.contains("dataLayer"))
        #expect(!text.contains("font-weight"))
        #expect(!text.contains("广告位"))
        #expect(!text.contains("charset"))
    }

    @Test func titleNavigationAndEveryBlockBecomeTheirOwnLines() {
        let nonEmpty = lines(HTMLTextExtractor().text(fromHTML: Self.page)).filter { !$0.isEmpty }
        #expect(nonEmpty == [
            "韩俊主持召开省政府常务会议",
            "您当前的位置 :首页 > 要闻",
            "韩俊主持召开省政府常务会议",
            "2022-06-17 02:17 | 来源: 吉林日报",
            "本报6月16日讯（记者于小博）今天，省委副书记、省长韩俊主持召开省政府2022年第14次常务会议， 研究部署稳增长工作。",
            "会议指出，要坚持“稳”字当头 & 稳中求进，全力推动全省经济加快恢复增长。",
            "吴靖平、安立佳参加会议。",
            "编辑: 郭龙",
        ])
        // The navigation bar is kept as a line of its own, which the furniture rules recognise.
        #expect(Furniture.classify(nonEmpty[1]) == .navigation)
        #expect(Furniture.classify(nonEmpty[3]) == .source)
        #expect(Furniture.classify(nonEmpty[7]) == .credit)
    }

    @Test func blankLinesAreCollapsedToOneAndNoneLeads() {
        let all = lines(HTMLTextExtractor().text(fromHTML: Self.page))
        #expect(all.first?.isEmpty == false)
        for (a, b) in zip(all, all.dropFirst()) { #expect(!(a.isEmpty && b.isEmpty), "two blank lines in a row") }
        #expect(all.allSatisfy { !$0.hasPrefix(" ") && !$0.contains("  ") })
    }

    /// A closing block tag ends its line, so each text below ends with a line break.
    @Test func decodesNamedAndNumericEntitiesAndKeepsUnknownOnes() {
        let x = HTMLTextExtractor()
        #expect(x.text(fromHTML: "<p>&lt;通知&gt; &quot;稳&quot; &apos;进&apos; A&amp;B</p>") == "<通知> \"稳\" '进' A&B\n")
        #expect(x.text(fromHTML: "<p>&#21513;&#x6797;&#X65E5;&#25253;&middot;&hellip;&mdash;</p>") == "吉林日报·…—\n")
        #expect(x.text(fromHTML: "<p>&unknown; &amp</p>") == "&unknown; &amp\n")
    }

    @Test func paragraphsAndLineBreaksBecomeLinesAndInlineTagsDoNot() {
        let text = HTMLTextExtractor().text(fromHTML: "<p>第一段<b>加粗</b>文字。</p><p>第二段<br>换行<br/>再换行</p><ul><li>甲</li><li>乙</li></ul>")
        #expect(lines(text).filter { !$0.isEmpty } == ["第一段加粗文字。", "第二段", "换行", "再换行", "甲", "乙"])
    }

    @Test func recognisesHTMLByExtensionOrByItsHead() {
        #expect(HTMLTextExtractor.looksLikeHTML("纯文本", path: "page.HTML"))
        #expect(HTMLTextExtractor.looksLikeHTML("纯文本", path: "a/page.htm"))
        #expect(HTMLTextExtractor.looksLikeHTML("<!DOCTYPE html><p>x</p>", path: "page.txt"))
        #expect(HTMLTextExtractor.looksLikeHTML("  <html lang=\"zh\">", path: "page.txt"))
        #expect(!HTMLTextExtractor.looksLikeHTML("本报讯（记者万双）省人社厅<b>出台</b>政策。", path: "page.txt"))
    }

    @Test func aTextPageThatMentionsMarkupIsText() {
        #expect(!HTMLTextExtractor.looksLikeHTML("网页技术讲座\n\n讲师说，网页都以<html>开头，以</html>结尾。", path: "page.txt"))
        #expect(HTMLTextExtractor.looksLikeHTML("<?xml version=\"1.0\"?>\n<!-- 存档 -->\n<html><body>正文</body></html>", path: "page.txt"))
    }

    @Test func anHTMLFileIsReadAndAnalysedIntoAnArticleWithoutItsFurniture() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let dir = folder.appendingPathComponent("jilin-daily/2022-06-17")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let file = dir.appendingPathComponent("01-executive-meeting.html")
        try Data(Self.page.utf8).write(to: file)

        let read = try DocumentReader().read(path: file.path)
        #expect(read.encoding == "UTF-8 HTML")
        #expect(!read.raw.description.contains("<p>"))
        #expect(read.issue.paper == "jilin-daily")
        #expect(read.issue.date == SimpleDate(year: 2022, month: 6, day: 17))

        let doc = try Fixtures.analysed(file.path)
        let article = try #require(doc.articles.first { $0.dateline != nil })
        #expect(article.dateline?.reporters == ["于小博"])
        #expect(article.dateline?.date == SimpleDate(year: 2022, month: 6, day: 16))
        #expect(article.body.hasPrefix("本报6月16日讯（记者于小博）今天"))
        #expect(article.body.contains("“稳”字当头"))
        #expect(article.body.contains("吴靖平、安立佳参加会议。"))
        #expect(!article.body.contains("您当前的位置"))
        #expect(!article.body.contains("来源"))
        #expect(!article.body.contains("编辑"))
        #expect(article.names(.person).contains("韩俊"))
        #expect(article.posts(of: "韩俊") == ["省委副书记", "省长"])
        #expect(article.role(.attended) == ["吴靖平", "安立佳"])
        #expect(article.headline == "韩俊主持召开省政府常务会议")
    }
}
