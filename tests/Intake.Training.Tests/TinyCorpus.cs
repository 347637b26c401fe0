using Intake.Pipeline.Classification;
using Intake.Training.Data;
using Intake.Pipeline.Classification.Model;

namespace Intake.Training.Tests;

/// <summary>
/// A small bilingual corpus written for the tests (four labels and boilerplate, English and Japanese),
/// and a model trained on it once per test run: big enough to learn, small enough to train in seconds.
/// </summary>
public static class TinyCorpus
{
    private static readonly string[] s_partiesEn = ["the Licensee", "Partner", "the Supplier", "Acme Corporation", "the Recipient", "each party"];
    private static readonly string[] s_partiesJa = ["乙", "甲", "受領者", "株式会社サンプル", "委託者", "各当事者"];

    private static readonly (string Label, string[] English, string[] Japanese)[] s_templates =
    [
        ("assignment-restriction",
            ["{0} shall not assign or transfer this Agreement without the prior written consent of the other party.",
             "Neither party may assign any of its rights under this Agreement without prior written consent.",
             "{0} may not transfer or sublicense the licence to any third party without written approval.",
             "Any purported assignment by {0} without consent shall be null and void."],
            ["{0}は、相手方の事前の書面による承諾なく、本契約上の地位を第三者に譲渡してはならない。",
             "{0}は、本契約に基づく権利義務を第三者に譲渡し、又は担保に供してはならない。",
             "{0}は、相手方の承諾を得ずに本契約上の権利を譲渡することはできない。",
             "{0}は、事前の書面承諾なく本契約の地位を移転してはならないものとする。"]),
        ("foreign-jurisdiction",
            ["This Agreement shall be governed by the laws of the State of Delaware.",
             "Any dispute arising out of this Agreement shall be finally settled by arbitration in Singapore.",
             "The courts of London shall have exclusive jurisdiction over any dispute between {0} and the other party.",
             "This Agreement is governed by and construed under the laws of Japan."],
            ["本契約の準拠法は日本法とする。",
             "本契約に関する一切の紛争は、東京地方裁判所を第一審の専属的合意管轄裁判所とする。",
             "本契約に起因する紛争は、日本商事仲裁協会の仲裁により最終的に解決する。",
             "本契約は日本国の法律に準拠し、同法に従って解釈される。"]),
        ("confidentiality",
            ["{0} shall keep the Confidential Information in confidence and shall not disclose it to any third party.",
             "{0} shall use the Confidential Information solely for the Purpose and return or destroy it on request.",
             "{0} shall not reverse engineer any sample or disclose any confidential information received.",
             "The obligations of confidentiality of {0} survive for five years after termination."],
            ["{0}は、秘密情報を厳に秘密として保持し、第三者に開示又は漏えいしてはならない。",
             "{0}は、秘密情報を本目的以外に使用してはならず、要求があれば返還又は破棄する。",
             "{0}は、開示を受けた試料をリバースエンジニアリングしてはならない。",
             "{0}の秘密保持義務は、本契約終了後も五年間存続する。"]),
        ("know-how-transfer",
            ["{0} shall provide technical assistance and train the engineers of the other party at its plant.",
             "{0} shall deliver all drawings, specifications and process conditions for the Product.",
             "{0} shall disclose its manufacturing know-how and deposit the source code in escrow.",
             "{0} shall send engineers to give technical guidance on the production line."],
            ["{0}は、相手方の技術者に対し、自社工場において技術指導を行う。",
             "{0}は、本製品の図面、仕様書及び製造条件を相手方に提供する。",
             "{0}は、製造ノウハウを開示し、ソースコードを寄託する。",
             "{0}は、技術資料を提供し、必要な技術支援を実施するものとする。"]),
        (Taxonomy.None,
            ["{0} shall pay the fees within thirty days of the invoice date.",
             "This Agreement may be executed in counterparts, each of which is an original.",
             "Notices under this Agreement shall be sent by registered mail to the address of {0}.",
             "The headings of this Agreement are for convenience only and do not affect its meaning."],
            ["{0}は、請求書受領後三十日以内に委託料を支払う。",
             "本契約の成立を証するため本書二通を作成し、各一通を保有する。",
             "本契約に基づく通知は、{0}の住所宛に書面で行う。",
             "本契約に定めのない事項は、甲乙誠実に協議して定める。"]),
    ];

    private static readonly Lazy<ClauseModel> s_model = new(() => Train(Clauses()));

    /// <summary>The model trained on <see cref="Clauses"/> (once per test run).</summary>
    public static ClauseModel Model => s_model.Value;

    public static IReadOnlyList<LabelledClause> Clauses()
    {
        var clauses = new List<LabelledClause>();
        foreach (var (label, english, japanese) in s_templates)
        {
            var labels = label == Taxonomy.None ? new HashSet<string>() : new HashSet<string> { label };
            for (var t = 0; t < english.Length; t++)
            {
                for (var p = 0; p < s_partiesEn.Length; p++)
                {
                    clauses.Add(new LabelledClause(string.Format(System.Globalization.CultureInfo.InvariantCulture, english[t], s_partiesEn[p]), null, "en", "corpus:test", $"corpus:{label}:en:{t}:{p}", labels));
                    clauses.Add(new LabelledClause(string.Format(System.Globalization.CultureInfo.InvariantCulture, japanese[t], s_partiesJa[p]), null, "ja", "corpus:test", $"corpus:{label}:ja:{t}:{p}", labels));
                }
            }
        }

        return clauses;
    }

    public static ClauseTrainerSettings Settings() => new()
    {
        HashBits = 16,
        MinimumDocumentFrequency = 1,
        MaximumIterations = 100,
        L1Regularization = 0.0001f,
        L2Regularization = 0.0001f,
        ValidationFraction = 0.25,
        Seed = 11,
    };

    public static ClauseModel Train(IReadOnlyList<LabelledClause> clauses) =>
        new ClauseModelTrainer(Settings()).Train(clauses, "test").Model;
}
