using Intake.Training.Data;

namespace Intake.Training.Benchmark;

/// <summary>Clauses written for the benchmark when no corpus is at hand: English and Japanese, short and long.</summary>
public static class BenchmarkClauses
{
    private static readonly string[] s_english =
    [
        "Licensee shall not assign this Agreement or any rights hereunder without the prior written consent of Licensor.",
        "This Agreement shall be governed by and construed in accordance with the laws of the State of New York, without regard to its conflict of laws principles.",
        "All inventions, improvements and data conceived or generated in the performance of the Research shall be jointly owned by the Parties.",
        "The Receiving Party shall hold the Confidential Information in strict confidence and shall use it solely for the Purpose.",
        "Supplier shall provide technical assistance and train the Buyer's engineers at the Buyer's plant for a period of six months.",
        "Invoices are payable within thirty days of receipt. Late payments bear interest at one percent per month.",
        "This Agreement may be executed in counterparts, each of which shall be deemed an original.",
        "During the term and for twelve months thereafter, neither party shall solicit or hire any employee of the other party.",
    ];

    private static readonly string[] s_japanese =
    [
        "乙は、甲の事前の書面による承諾なく、本契約上の地位を第三者に譲渡してはならない。",
        "本契約の準拠法は日本法とし、東京地方裁判所を第一審の専属的合意管轄裁判所とする。",
        "本研究の成果に係る知的財産権は、甲乙の共有とする。",
        "受領者は、秘密情報を第三者に開示又は漏えいしてはならず、本目的以外に使用してはならない。",
        "甲は、乙の技術者に対し、乙の工場において技術指導を行うものとする。",
        "本契約に定めのない事項については、甲乙誠実に協議の上定める。",
        "乙は、本件製品を輸出する場合、外国為替及び外国貿易法その他の輸出関連法令を遵守する。",
        "甲は、相手方の支配権に変動が生じた場合、本契約を解除することができる。",
    ];

    /// <summary>About two thousand clauses: each written clause alone and joined with others into longer ones.</summary>
    public static IEnumerable<LabelledClause> Written()
    {
        var random = new Random(7);
        for (var i = 0; i < 2000; i++)
        {
            var japanese = i % 2 == 1;
            var pool = japanese ? s_japanese : s_english;
            var sentences = 1 + (i % 3);
            var text = string.Join(japanese ? "" : " ", Enumerable.Range(0, sentences).Select(_ => pool[random.Next(pool.Length)]));
            yield return new LabelledClause(text, null, japanese ? "ja" : "en", "bench", $"bench:{i}", new HashSet<string>(), new HashSet<string>());
        }
    }
}
