import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct NormalizerTests {
    let normalizer = Normalizer()

    /// Column text: enough short lines that the page reads as printed columns.
    func columnPage(_ body: [String]) -> String {
        (body + Array(repeating: "这是一段用来构成栏目宽度的正文文字而已，", count: 0)).joined(separator: "\n\n")
    }

    @Test func joinsColumnLinesWithoutSpacesAndKeepsParagraphEnds() {
        let lines = [
            "本报讯（记者万双）自3月疫情发生以来，为应对经济下", "行压力和疫情对市场主体及稳就业的冲击影响，省人社厅、",
            "省社保局按照省委、省政府工作部署，会同财政、发改、税务", "部门先后于5月 12日与6月 10日出台了两轮实施阶段性社",
            "会保险助企纾困政策，打出政策组合拳。社会保险助企纾困", "政策快速落位，阶段性措施按时序进度推进，一次性措施基本",
            "直达企业，现已释放红利近75亿元。", "“对于今年招用符合条件的高校毕业生，企业会享受一次",
            "性扩岗补贴每人1500元，这项政策让企业有底气吸纳更多的", "毕业生，极大地帮助了我们企业稳岗扩岗。”6月13日，在省社",
            "会保险局咨询相关政策的长春桃李食品有限公司人力资源部", "张晶璐说。", "除了能享受此次发放一次性扩岗补贴，长春桃李食品有限",
            "公司作为民生保障企业，疫情之后，陆续收到失业稳岗补贴与留", "工就业补助合计金额51万余元，均是“免申即享”。张晶璐说：",
            "“这笔补助及时缓解了我们企业的压力，特别感谢咱们社保部门", "的支持帮助。”", "截至目前，我省失业保险助企纾困资金已发放16亿元，其",
            "中发放稳岗返还6.7亿元，惠及5.6万户企业、153万名参保职", "工。", "惠 民 生 增 福 祉 暖 民 心",
        ]
        let page = normalizer.normalize(ScalarText(lines.joined(separator: "\n\n")))
        #expect(page.isColumnLayout)
        let text = page.text.description
        #expect(text.contains("为应对经济下行压力"))
        #expect(text.contains("于5月12日与6月10日出台"))
        #expect(text.contains("阶段性社会保险助企纾困政策"))
        #expect(text.contains("现已释放红利近75亿元。\n“对于今年"))
        #expect(page.lines.last?.kind == .spacedHeading)
        #expect(page.text.string(page.lines.last!.span) == "惠民生增福祉暖民心")
    }

    @Test func mapsEveryCleanCharacterBackToItsRawOffset() {
        let raw = ScalarText("第一行文字\n\n第 二 行\n长(zhǎng)春")
        let page = normalizer.normalize(raw)
        #expect(page.rawOffsets.count == page.text.count)
        for (i, offset) in page.rawOffsets.enumerated() where page.text[i] != "\n" {
            #expect(raw[offset] == page.display[i], "character \(i) maps to raw \(offset)")
        }
        #expect(page.display.description.contains("长春"))
    }

    @Test func removesInsertedPinyinAndSimplifiesTraditionalCharacters() {
        let page = normalizer.normalize(ScalarText("省委副書記、省長(zhǎng)韓俊主持召開會議。"))
        #expect(page.text.description.hasPrefix("省委副书记、省长韩俊主持召开会议。"))
        #expect(page.display.description.hasPrefix("省委副書記、省長韓俊"))
        #expect(page.text.count == page.display.count)
    }

    @Test func webPageTextKeepsOneParagraphPerLine() {
        let raw = "标题行\n\n  4月9日,省委副书记、省长韩俊在长春市调研疫情防控工作。他强调,要深入贯彻落实重要讲话精神,尽快实现社会面清零目标。\n\n第二段。"
        let page = normalizer.normalize(ScalarText(raw))
        #expect(!page.isColumnLayout)
        #expect(page.lines.count == 3)
        #expect(page.lines[0].kind == .heading)
        #expect(page.lines[1].kind == .paragraph)
    }
}
