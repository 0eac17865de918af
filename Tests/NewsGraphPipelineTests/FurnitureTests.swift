import Testing
@testable import NewsGraphPipeline

@Suite struct FurnitureTests {
    @Test("lines of page furniture and their kinds", arguments: [
        ("来源:吉林日报", Furniture.Kind.source),
        ("2021-04-23 02:17 | 来源: 吉林日报", .source),
        ("编辑: 郭龙", .credit),
        ("编辑: 郭龙 吉网新闻热线:0431-82902222", .credit),
        ("责任编辑：王韬", .credit),
        ("【责任编辑】张三", .credit),
        ("某某日报记者 张丽华", .credit),
        ("      文/郑国栋  摄/宋雨桐", .credit),
        ("图/郑国栋", .credit),
        ("记者 王海燕 李明华 刘志强", .credit),
        ("邹乃硕 摄", .caption),
        ("6月16日，省委副书记、省长韩俊主持召开省政府常务会议。本报记者 宋锴 摄", .caption),
        ("10.04.2022  02:43", .timestamp),
        ("2022-06-17", .timestamp),
        ("您当前的位置 :首页 > 第一新闻 > 吉林新闻地图 > 省内新闻", .navigation),
        ("有思想 / 有温度 / 有品质", .navigation),
        ("上一篇：全省安全生产工作会议召开", .navigation),
        ("携手推动项目建设 打造共赢合作典范 省内新闻-吉林新闻地图 郭龙 3361358", .pageTitle),
        ("省十三届人大常委会第三十一次会议闭幕 省内新闻-吉林新闻地图 王韬 3484544", .pageTitle),
        ("报料电话:0431-82902222", .footer),
        ("Copyright © 2022 吉林日报社 版权所有", .footer),
        ("原标题：韩俊调度全省畜禽粪污资源化利用情况", .originalTitle),
        ("2023年07月06日18:37", .timestamp),
        ("2023-11-20     吉林日报", .timestamp),
        ("1.jpg", .image),
        ("20211030_d83098a48c23dc5193e4115e8231bdbe.jpg", .image),
        ("进入移动版,体验好", .navigation),
        ("点击右上角微信好友 朋友圈 请使用浏览器分享功能进行分享", .navigation),
        ("• weixin", .navigation),
        ("第01版:头版新闻", .navigation),
        ("吉林农村报 首页 第02版:要闻", .navigation),
        ("人民网 人民网>>陕西频道", .navigation),
        ("人民网", .navigation),
        ("空白", .navigation),
        ("重要新闻 国内新闻 国际新闻 图片精选", .navigation),
        ("大连新闻传媒集团记者董国勋", .credit),
    ])
    func furniture(line: String, kind: Furniture.Kind) {
        #expect(Furniture.classify(line) == kind)
        #expect(Furniture.classify("   " + line + "  ") == kind, "surrounding spaces do not matter")
    }

    @Test("article text is not furniture", arguments: [
        "本报讯（记者万双）自3月疫情发生以来，为应对经济下行压力，省人社厅出台了政策。",
        "吉林日报4月22日讯(记者黄鹭)今天,省委书记景俊海,省委副书记、省长韩俊一起在长春会见奥迪中国总裁安世豪一行。",
        "编辑部门要加强内容审核。",
        "作者们在座谈会上交流了创作体会。",
        "截至目前，我省失业保险助企纾困资金已发放16亿元，惠及5.6万户企业。",
        "吴靖平、安立佳、刘凯、蔡东参加会议。",
        "惠民生增福祉暖民心",
        "2023年1月14日，省政协十三届一次会议在长春开幕。",
        "某某在线杭州1月13日讯(记者 王五)今天上午10时，全省新闻发布会在杭州举行。会议将于1月15日开幕。全媒体报道>>",
        "携手推动项目建设 打造共赢合作典范 景俊海韩俊一起会见奥迪中国总裁安世豪",
        "过去一年 是党和国家历史上 具有里程碑意义的一年",
        "喜报",
        "文/图：新华社",
        "",
        "   ",
    ])
    func notFurniture(line: String) {
        #expect(Furniture.classify(line) == nil)
    }

    @Test func aPageTitleNeedsALongNumericIdAtItsEnd() {
        #expect(Furniture.classify("全省经济稳步恢复 吉林要闻 郭龙 3361358") == .pageTitle)
        #expect(Furniture.classify("全省经济稳步恢复 吉林要闻 郭龙 3361") == nil)
        #expect(Furniture.classify("全省经济稳步恢复3361358") == nil)
    }

    @Test("the byte search finds whole words only where they are", arguments: [
        ("来源：吉林日报", "来源：", true),
        ("吉林日报", "来源", false),
        ("首页 > 第一新闻", " > ", true),
        ("报", "日报", false),
        ("", "报", false),
        ("任何文字", "", true),
    ])
    func byteSearch(text: String, word: String, found: Bool) {
        #expect(Furniture.has(text, word) == found)
    }
}
