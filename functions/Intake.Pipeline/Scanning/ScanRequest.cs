namespace Intake.Pipeline.Scanning;

/// <summary>One document to scan: its bytes and the hints a user may attach (blob metadata or CLI flags).</summary>
public sealed record ScanRequest(string Source, ReadOnlyMemory<byte> Content, string? DocumentTypeHint = null);
