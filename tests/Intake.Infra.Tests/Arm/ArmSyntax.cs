namespace Intake.Infra.Tests.Arm;

/// <summary>A parsed ARM template language expression (the text between '[' and ']').</summary>
internal abstract record ArmSyntax;

internal sealed record ArmLiteral(object? Value) : ArmSyntax;

internal sealed record ArmCall(string Function, IReadOnlyList<ArmSyntax> Arguments) : ArmSyntax;

internal sealed record ArmMember(ArmSyntax Target, string Property) : ArmSyntax;

internal sealed record ArmIndex(ArmSyntax Target, ArmSyntax Index) : ArmSyntax;
