import Testing
import NewsGraphModel
@testable import NewsGraphPipeline

@Suite struct PersonSequenceTaggerTests {
    /// Printed by `python3 scripts/train_name_tagger.py --features "新华社北京１月５日电 国务院总理李鹏今天会见了来访的美国国务卿奥尔布赖特·马德琳。"` (one line per character,
    /// features joined by spaces). The Swift features must be the same, in the same order.
    static let expectedFeatures: [String] = [
        "b c-2=<s> c-1=<s> c0=新 c1=华 c2=社 b-2=<s>|<s> b-1=<s>|新 b0=新|华 b1=华|社 k-1=X k0=H k1=H s0=7 s1=6 g0=6 g1=5 g2=8 f0=6 t0=7 t1=7 n2=0 n3=-1 ws=3:3 ls=3 c-1s0=<s>|7 s0va=7|0 g0va=6|0 s0g1=7|5 s-1g0=x|6 s-2g-1g0=x|x|6 t-1t0t1=x|7|7",
        "b c-2=<s> c-1=新 c0=华 c1=社 c2=北 b-2=<s>|新 b-1=新|华 b0=华|社 b1=社|北 k-1=H k0=H k1=H s-1=7 s0=6 g-1=6 g0=5 g1=8 g2=7 f0=7 t-1=7 t0=7 t1=8 n2=-1 n3=-1 e2=0 m3=-1 we=2:2 le=2 li=1 c-1s0=新|6 s0va=6|0 g0va=5|0 s0g1=6|8 s-1g0=7|5 s-2g-1g0=x|6|5 t-1t0t1=7|7|8",
        "b c-2=新 c-1=华 c0=社 c1=北 c2=京 b-2=新|华 b-1=华|社 b0=社|北 b1=北|京 k-1=H k0=H k1=H s-2=7 s-1=6 s1=6 g-1=5 g0=8 g1=7 g2=7 f0=6 t-1=7 t0=8 t1=8 e2=-1 e3=-1 m3=-1 we=3:3 le=3 g0va=8|0 s0g1=x|7 s-1g0=6|8 s-2g-1g0=7|5|8 t-1t0t1=7|8|8",
        "b c-2=华 c-1=社 c0=北 c1=京 c2=１ b-2=华|社 b-1=社|北 b0=北|京 b1=京|１ k-1=H k0=H k1=H s-2=6 s0=6 g-1=8 g0=7 g1=7 f0=6 t-1=8 t0=8 n2=-1 e3=-1 ws=2:4 ls=2 c-1s0=社|6 s0va=6|0 g0va=7|0 s0g1=6|7 s-1g0=x|7 s-2g-1g0=6|8|7 t-1t0t1=8|8|x",
        "b c-2=社 c-1=北 c0=京 c1=１ c2=月 b-2=社|北 b-1=北|京 b0=京|１ b1=１|月 k-1=H k0=H k1=D s-1=6 g-1=7 g0=7 g2=7 f0=7 t-1=8 e2=-1 we=2:4 le=2 g0va=7|0 s0g1=x|x s-1g0=6|7 s-2g-1g0=x|7|7 t-1t0t1=8|x|x",
        "b c-2=北 c-1=京 c0=１ c1=月 c2=５ b-2=北|京 b-1=京|１ b0=１|月 b1=月|５ k-1=H k0=D k1=H s-2=6 s1=8 g-1=7 g1=7 t1=8 s0g1=x|7 s-1g0=x|x s-2g-1g0=6|7|x t-1t0t1=x|x|8",
        "b c-2=京 c-1=１ c0=月 c1=５ c2=日 b-2=京|１ b-1=１|月 b0=月|５ b1=５|日 k-1=D k0=H k1=D s0=8 g0=7 g2=7 f0=6 t0=8 c-1s0=１|8 s0va=8|0 g0va=7|0 s0g1=8|x s-1g0=x|7 s-2g-1g0=x|x|7 t-1t0t1=x|8|x",
        "b c-2=１ c-1=月 c0=５ c1=日 c2=电 b-2=１|月 b-1=月|５ b0=５|日 b1=日|电 k-1=H k0=D k1=H s-1=8 s1=8 g-1=7 g1=7 g2=10 t-1=8 t1=7 s0g1=x|7 s-1g0=8|x s-2g-1g0=x|7|x t-1t0t1=8|x|7",
        "b c-2=月 c-1=５ c0=日 c1=电 c2=<sp> b-2=月|５ b-1=５|日 b0=日|电 b1=电|<sp> k-1=D k0=H k1=H s-2=8 s0=8 g0=7 g1=10 f0=6 t0=7 n2=-3 c-1s0=５|8 s0va=8|0 g0va=7|0 s0g1=8|10 s-1g0=x|7 s-2g-1g0=8|x|7 t-1t0t1=x|7|x",
        "b c-2=５ c-1=日 c0=电 c1=<sp> c2=国 b-2=５|日 b-1=日|电 b0=电|<sp> b1=<sp>|国 k-1=H k0=H k1=W s-1=8 g-1=7 g0=10 g2=5 f0=6 t-1=7 e2=-3 g0va=10|0 s0g1=x|x s-1g0=8|10 s-2g-1g0=x|7|10 t-1t0t1=7|x|x",
        "b c-2=日 c-1=电 c0=<sp> c1=国 c2=务 b-2=日|电 b-1=电|<sp> b0=<sp>|国 b1=国|务 k-1=H k0=W k1=H s-2=8 s1=6 g-1=10 g1=5 g2=9 va=2 s0g1=x|5 s-1g0=x|x s-2g-1g0=8|10|x t-1t0t1=x|x|x",
        "b c-2=电 c-1=<sp> c0=国 c1=务 c2=院 b-2=电|<sp> b-1=<sp>|国 b0=国|务 b1=务|院 k-1=W k0=H k1=H s0=6 g0=5 g1=9 g2=8 f0=4 n2=-3 n3=-3 ws=3:4 ls=3 vs=2:2 c-1s0=<sp>|6 s0va=6|0 g0va=5|0 s0g1=6|9 s-1g0=x|5 s-2g-1g0=x|x|5 t-1t0t1=x|x|x",
        "b c-2=<sp> c-1=国 c0=务 c1=院 c2=总 b-2=<sp>|国 b-1=国|务 b0=务|院 b1=院|总 k-1=H k0=H k1=H s-1=6 g-1=5 g0=9 g1=8 g2=7 f0=6 t1=9 e2=-3 m3=-3 we=2:2 li=1 ve=2:2 g0va=9|0 s0g1=x|8 s-1g0=6|9 s-2g-1g0=x|5|9 t-1t0t1=x|x|9",
        "b c-2=国 c-1=务 c0=院 c1=总 c2=理 b-2=国|务 b-1=务|院 b0=院|总 b1=总|理 k-1=H k0=H k1=H s-2=6 g-1=9 g0=8 g1=7 g2=7 f0=6 t0=9 e3=-3 we=3:4 pa=1 le=3 va=2 vb=2 g0va=8|2 s0g1=x|7 s-1g0=x|8 s-2g-1g0=6|9|8 t-1t0t1=x|9|x",
        "b c-2=务 c-1=院 c0=总 c1=理 c2=李 b-2=务|院 b-1=院|总 b0=总|理 b1=理|李 k-1=H k0=H k1=H g-1=8 g0=7 g1=7 g2=6 f0=6 t-1=9 t1=7 pb=1 vs=2:3 g0va=7|0 s0g1=x|7 s-1g0=x|7 s-2g-1g0=x|8|7 t-1t0t1=9|x|7",
        "b c-2=院 c-1=总 c0=理 c1=李 c2=鹏 b-2=院|总 b-1=总|理 b0=理|李 b1=李|鹏 k-1=H k0=H k1=H s1=3 g-1=7 g0=7 g1=6 g2=6 f0=6 t0=7 t1=7 ve=2:3 g0va=7|0 s0g1=x|6 s-1g0=x|7 s-2g-1g0=x|7|7 t-1t0t1=x|7|7",
        "b c-2=总 c-1=理 c0=李 c1=鹏 c2=今 b-2=总|理 b-1=理|李 b0=李|鹏 b1=鹏|今 k-1=H k0=H k1=H s0=3 g-1=7 g0=6 g1=6 g2=8 f0=9 t-1=7 t0=7 n2=5 n3=5 pe=1 vb=2 c-1s0=理|3 s0va=3|0 g0va=6|0 s0g1=3|6 s-1g0=x|6 s-2g-1g0=x|7|6 t-1t0t1=7|7|x",
        "b c-2=理 c-1=李 c0=鹏 c1=今 c2=天 b-2=理|李 b-1=李|鹏 b0=鹏|今 b1=今|天 k-1=H k0=H k1=H s-1=3 s1=8 g-1=6 g0=6 g1=8 g2=5 f0=13 t-1=7 e2=5 m3=5 va=2 g0va=6|2 s0g1=x|8 s-1g0=3|6 s-2g-1g0=x|6|6 t-1t0t1=7|x|x",
        "b c-2=李 c-1=鹏 c0=今 c1=天 c2=会 b-2=李|鹏 b-1=鹏|今 b0=今|天 b1=天|会 k-1=H k0=H k1=H s-2=3 s0=8 s1=5 g-1=6 g0=8 g1=5 g2=6 f0=6 t1=9 n2=-1 n3=-2 e3=5 ws=2:4 vs=2:4 c-1s0=鹏|8 s0va=8|0 g0va=8|0 s0g1=8|5 s-1g0=x|8 s-2g-1g0=3|6|8 t-1t0t1=x|x|9",
        "b c-2=鹏 c-1=今 c0=天 c1=会 c2=见 b-2=鹏|今 b-1=今|天 b0=天|会 b1=会|见 k-1=H k0=H k1=H s-1=8 s0=5 g-1=8 g0=5 g1=6 g2=6 f0=5 t0=9 t1=8 n2=-1 n3=-1 e2=-1 m3=-2 ws=2:1 we=2:4 ve=2:4 va=2 c-1s0=今|5 s0va=5|2 g0va=5|2 s0g1=5|6 s-1g0=8|5 s-2g-1g0=x|8|5 t-1t0t1=x|9|8",
        "b c-2=今 c-1=天 c0=会 c1=见 c2=了 b-2=今|天 b-1=天|会 b0=会|见 b1=见|了 k-1=H k0=H k1=H s-2=8 s-1=5 g-1=5 g0=6 g1=6 g2=9 f0=5 t-1=9 t0=8 e2=-1 e3=-2 m3=-1 we=2:1 vs=2:3 vb=2 g0va=6|0 s0g1=x|6 s-1g0=5|6 s-2g-1g0=8|5|6 t-1t0t1=9|8|x",
        "b c-2=天 c-1=会 c0=见 c1=了 c2=来 b-2=天|会 b-1=会|见 b0=见|了 b1=了|来 k-1=H k0=H k1=H s-2=5 s1=10 g-1=6 g0=6 g1=9 g2=6 f0=6 t-1=8 t1=8 e3=-1 ve=2:3 g0va=6|0 s0g1=x|9 s-1g0=x|6 s-2g-1g0=5|6|6 t-1t0t1=8|x|8",
        "b c-2=会 c-1=见 c0=了 c1=来 c2=访 b-2=会|见 b-1=见|了 b0=了|来 b1=来|访 k-1=H k0=H k1=H s0=10 s1=7 g-1=6 g0=9 g1=6 f0=4 t0=8 t1=7 n2=-4 n3=-5 va=2 vb=2 c-1s0=见|10 s0va=10|2 g0va=9|2 s0g1=10|6 s-1g0=x|9 s-2g-1g0=x|6|9 t-1t0t1=x|8|7",
        "b c-2=见 c-1=了 c0=来 c1=访 c2=的 b-2=见|了 b-1=了|来 b0=来|访 b1=访|的 k-1=H k0=H k1=H s-1=10 s0=7 s1=9 g-1=9 g0=6 g2=8 f0=5 t-1=8 t0=7 t1=9 n2=-3 n3=-4 e2=-4 m3=-5 ws=2:2 vs=2:2 c-1s0=了|7 s0va=7|0 g0va=6|0 s0g1=7|x s-1g0=10|6 s-2g-1g0=x|9|6 t-1t0t1=8|7|9",
        "b c-2=了 c-1=来 c0=访 c1=的 c2=美 b-2=了|来 b-1=来|访 b0=访|的 b1=的|美 k-1=H k0=H k1=H s-2=10 s-1=7 s0=9 g-1=6 g1=8 g2=6 f0=8 t-1=7 t0=9 n2=-3 n3=-2 e2=-3 e3=-5 m3=-4 we=2:2 ve=2:2 c-1s0=来|9 s0va=9|0 s0g1=9|8 s-1g0=7|x s-2g-1g0=10|6|x t-1t0t1=7|9|x",
        "b c-2=来 c-1=访 c0=的 c1=美 c2=国 b-2=来|访 b-1=访|的 b0=的|美 b1=美|国 k-1=H k0=H k1=H s-2=7 s-1=9 s1=7 g0=8 g1=6 g2=5 f0=5 t-1=9 t1=7 e2=-3 e3=-4 m3=-2 vb=2 g0va=8|0 s0g1=x|6 s-1g0=9|8 s-2g-1g0=7|x|8 t-1t0t1=9|x|7",
        "b c-2=访 c-1=的 c0=美 c1=国 c2=国 b-2=访|的 b-1=的|美 b0=美|国 b1=国|国 k-1=H k0=H k1=H s-2=9 s0=7 s1=6 g-1=8 g0=6 g1=5 g2=5 f0=6 t0=7 n2=-1 n3=-1 e3=-2 ws=2:4 ls=2 c-1s0=的|7 s0va=7|0 g0va=6|0 s0g1=7|5 s-1g0=x|6 s-2g-1g0=9|8|6 t-1t0t1=x|7|x",
        "b c-2=的 c-1=美 c0=国 c1=国 c2=务 b-2=的|美 b-1=美|国 b0=国|国 b1=国|务 k-1=H k0=H k1=H s-1=7 s0=6 s1=6 g-1=6 g0=5 g1=5 g2=9 f0=4 t-1=7 n2=-1 n3=-3 e2=-1 m3=-1 we=2:4 pa=1 le=2 va=3 c-1s0=美|6 s0va=6|3 g0va=5|3 s0g1=6|5 s-1g0=7|5 s-2g-1g0=x|6|5 t-1t0t1=7|x|x",
        "b c-2=美 c-1=国 c0=国 c1=务 c2=卿 b-2=美|国 b-1=国|国 b0=国|务 b1=务|卿 k-1=H k0=H k1=H s-2=7 s-1=6 s0=6 g-1=5 g0=5 g1=9 g2=7 f0=4 n2=-3 n3=0 e2=-1 e3=-1 m3=-3 ws=3:2 pb=1 vs=3:2 c-1s0=国|6 s0va=6|0 g0va=5|0 s0g1=6|9 s-1g0=6|5 s-2g-1g0=7|5|5 t-1t0t1=x|x|x",
        "b c-2=国 c-1=国 c0=务 c1=卿 c2=奥 b-2=国|国 b-1=国|务 b0=务|卿 b1=卿|奥 k-1=H k0=H k1=H s-2=6 s-1=6 s1=9 g-1=5 g0=9 g1=7 g2=9 f0=6 e2=-3 e3=-3 m3=0 we=2:2 ve=2:2 g0va=9|0 s0g1=x|7 s-1g0=6|9 s-2g-1g0=6|5|9 t-1t0t1=x|x|x",
        "b c-2=国 c-1=务 c0=卿 c1=奥 c2=尔 b-2=国|务 b-1=务|卿 b0=卿|奥 b1=奥|尔 k-1=H k0=H k1=H s-2=6 s0=9 s1=8 g-1=9 g0=7 g1=9 g2=7 f0=11 t1=4 n2=0 n3=1 e3=0 we=3:2 ve=3:2 vb=2 c-1s0=务|9 s0va=9|0 g0va=7|0 s0g1=9|9 s-1g0=x|7 s-2g-1g0=6|9|7 t-1t0t1=x|x|4",
        "b c-2=务 c-1=卿 c0=奥 c1=尔 c2=布 b-2=务|卿 b-1=卿|奥 b0=奥|尔 b1=尔|布 k-1=H k0=H k1=H s-1=9 s0=8 g-1=7 g0=9 g1=7 g2=7 f0=9 t0=4 t1=3 n2=0 n3=0 e2=0 m3=1 pe=1 vb=3 c-1s0=卿|8 s0va=8|0 g0va=9|0 s0g1=8|7 s-1g0=9|9 s-2g-1g0=x|7|9 t-1t0t1=x|4|3",
        "b c-2=卿 c-1=奥 c0=尔 c1=布 c2=赖 b-2=卿|奥 b-1=奥|尔 b0=尔|布 b1=布|赖 k-1=H k0=H k1=H s-2=9 s-1=8 s1=7 g-1=9 g0=7 g1=7 g2=10 f0=7 t-1=4 t0=3 t1=4 e2=0 e3=1 m3=0 g0va=7|0 s0g1=x|7 s-1g0=8|7 s-2g-1g0=9|9|7 t-1t0t1=4|3|4",
        "b c-2=奥 c-1=尔 c0=布 c1=赖 c2=特 b-2=奥|尔 b-1=尔|布 b0=布|赖 b1=赖|特 k-1=H k0=H k1=H s-2=8 s0=7 s1=7 g-1=7 g0=7 g1=10 g2=8 f0=7 t-1=3 t0=4 t1=6 n2=-1 n3=-1 e3=0 c-1s0=尔|7 s0va=7|0 g0va=7|0 s0g1=7|10 s-1g0=x|7 s-2g-1g0=8|7|7 t-1t0t1=3|4|6",
        "b c-2=尔 c-1=布 c0=赖 c1=特 c2=· b-2=尔|布 b-1=布|赖 b0=赖|特 b1=特|· k-1=H k0=H k1=H s-1=7 s0=7 s1=9 g-1=7 g0=10 g1=8 f0=9 t-1=4 t0=6 t1=3 n2=0 e2=-1 m3=-1 c-1s0=布|7 s0va=7|0 g0va=10|0 s0g1=7|8 s-1g0=7|10 s-2g-1g0=x|7|10 t-1t0t1=4|6|3",
        "b c-2=布 c-1=赖 c0=特 c1=· c2=马 b-2=布|赖 b-1=赖|特 b0=特|· b1=·|马 k-1=H k0=H k1=P s-2=7 s-1=7 s0=9 g-1=10 g0=8 g2=6 f0=6 t-1=6 t0=3 e2=0 e3=-1 c-1s0=赖|9 s0va=9|0 g0va=8|0 s0g1=9|x s-1g0=7|8 s-2g-1g0=7|10|8 t-1t0t1=6|3|x",
        "b c-2=赖 c-1=特 c0=· c1=马 c2=德 b-2=赖|特 b-1=特|· b0=·|马 b1=马|德 k-1=H k0=P k1=H s-2=7 s-1=9 s1=4 g-1=8 g1=6 g2=5 t-1=3 t1=4 s0g1=x|6 s-1g0=9|x s-2g-1g0=7|8|x t-1t0t1=3|x|4",
        "b c-2=特 c-1=· c0=马 c1=德 c2=琳 b-2=特|· b-1=·|马 b0=马|德 b1=德|琳 k-1=P k0=H k1=H s-2=9 s0=4 s1=6 g0=6 g1=5 g2=8 f0=7 t0=4 t1=3 n2=2 n3=4 c-1s0=·|4 s0va=4|0 g0va=6|0 s0g1=4|5 s-1g0=x|6 s-2g-1g0=9|x|6 t-1t0t1=x|4|3",
        "b c-2=· c-1=马 c0=德 c1=琳 c2=。 b-2=·|马 b-1=马|德 b0=德|琳 b1=琳|。 k-1=H k0=H k1=H s-1=4 s0=6 g-1=6 g0=5 g1=8 f0=7 t-1=4 t0=3 t1=7 n2=1 e2=2 m3=4 c-1s0=马|6 s0va=6|0 g0va=5|0 s0g1=6|8 s-1g0=4|5 s-2g-1g0=x|6|5 t-1t0t1=4|3|7",
        "b c-2=马 c-1=德 c0=琳 c1=。 c2=</s> b-2=马|德 b-1=德|琳 b0=琳|。 b1=。|</s> k-1=H k0=H k1=P s-2=4 s-1=6 g-1=5 g0=8 f0=11 t-1=3 t0=7 e2=1 e3=4 g0va=8|0 s0g1=x|x s-1g0=6|8 s-2g-1g0=4|5|8 t-1t0t1=3|7|x",
        "b c-2=德 c-1=琳 c0=。 c1=</s> c2=</s> b-2=德|琳 b-1=琳|。 b0=。|</s> b1=</s>|</s> k-1=H k0=P k1=X s-2=6 g-1=8 t-1=7 s0g1=x|x s-1g0=x|x s-2g-1g0=6|8|x t-1t0t1=7|x|x",
    ]

    @Test func featuresMatchTheTrainingScript() throws {
        let sentence = "新华社北京１月５日电 国务院总理李鹏今天会见了来访的美国国务卿奥尔布赖特·马德琳。"
        let classes = try PersonSequenceTagger(lexicon: .shared).wordClasses
        let swift = PersonSequenceTagger.features(Array(sentence.unicodeScalars), lexicon: .shared, classes: classes).map { $0.joined(separator: " ") }
        #expect(swift.count == Self.expectedFeatures.count)
        for (i, (got, want)) in zip(swift, Self.expectedFeatures).enumerated() {
            #expect(got == want, "position \(i)")
        }
    }

    @Test func findsNamesInPlainSentences() throws {
        let tagger = try PersonSequenceTagger(lexicon: .shared)
        func names(_ s: String) -> [String] {
            let chars = Array(s.unicodeScalars)
            return tagger.names(in: chars).map { String(String.UnicodeScalarView(chars[$0.start..<$0.end])) }
        }
        #expect(names("国务院总理李鹏今天会见了来访的客人。") == ["李鹏"])
        #expect(names("江泽民主席在人民大会堂会见了克林顿总统。") == ["江泽民", "克林顿"])
        #expect(names("今天上午，记者来到北京市西城区的一个居民小区。") == [])
        #expect(names("新西兰总理罗伯特·马尔登有幸成为第一位客人。") == ["罗伯特·马尔登"])
    }

    @Test func taggerAddsModelNamesOnlyInTheTaggingPipeline() throws {
        let tags = try Tagger().tag("国务院总理李鹏今天会见了来访的客人。")
        #expect(tags.filter { $0.type == "PER" }.map(\.text) == ["李鹏"])
        #expect(try Pipeline.standard().components.contains { $0 is PersonSequenceTagger } == false)
    }
}
