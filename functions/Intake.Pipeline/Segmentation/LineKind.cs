namespace Intake.Pipeline.Segmentation;

internal enum LineKind
{
    /// <summary>Text that continues whatever came before.</summary>
    Continuation,

    /// <summary>第5条（見出し）, Article 5, 5. CONFIDENTIALITY, an all-caps heading line: starts an article.</summary>
    ArticleHeading,

    /// <summary>（目的） on its own line: the title of the 第N条 that follows.</summary>
    PendingTitle,

    /// <summary>A numbered paragraph: ２, 第2項, 5.2, Section 5.2, 3.</summary>
    Paragraph,

    /// <summary>An item inside a paragraph: (a), (i), （１）, 一, ①.</summary>
    Item,
}

/// <summary>What a line is, its number, and where its own text starts when a heading shares the line.</summary>
internal readonly record struct LineShape(LineKind Kind, string? Number, string? Title, int RestStart);
