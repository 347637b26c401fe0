using Intake.Pipeline.Classification.Model;

namespace Intake.Pipeline.Tests.Classification;

/// <summary>
/// The model the repository ships (ml-models/clause-model.zip, copied beside every host): the runtime's
/// tests read a real model without training one, so they need neither ML.NET nor the training code.
/// </summary>
public static class ShippedModel
{
    private static readonly Lazy<ClauseModel> s_model = new(() => ClauseModel.Load(Path));

    public static string Path => System.IO.Path.Combine(AppContext.BaseDirectory, "ml-models", "clause-model.zip");

    public static ClauseModel Model => s_model.Value;

    /// <summary>Clauses written for the tests: each of a few labels in English and Japanese, and boilerplate.</summary>
    public static IReadOnlyList<(string Text, string Language)> Clauses { get; } =
    [
        ("The Distributor shall not assign this Agreement to any affiliate without the prior written consent of the Company.", "en"),
        ("This Agreement shall be governed by the laws of the State of New York.", "en"),
        ("The Recipient shall keep the Confidential Information in confidence and shall not disclose it to any third party.", "en"),
        ("The Licensor shall give technical assistance and train the staff of the Licensee at its plant.", "en"),
        ("All inventions made jointly in the course of the research shall be owned jointly by the parties.", "en"),
        ("The Customer shall pay each invoice within forty-five days.", "en"),
        ("販売店は、会社の書面による事前の承諾なく、本契約上の地位を譲渡してはならない。", "ja"),
        ("本契約の準拠法は日本法とし、大阪地方裁判所を専属的合意管轄裁判所とする。", "ja"),
        ("受託者は、秘密情報を第三者に開示してはならない。", "ja"),
        ("甲は、乙の技術者に対し、自社工場において技術指導を行う。", "ja"),
        ("本契約に基づく通知は書面により行うものとする。", "ja"),
        ("乙は、請求書受領後三十日以内に委託料を支払う。", "ja"),
    ];
}
