using System.Globalization;
using System.Text.Json;
using Intake.Pipeline.Classification.Model;

namespace Intake.Training.Batch;

/// <summary>
/// The stable batch interface behind <c>intake classify</c>: JSONL in (<c>id</c>, <c>text</c>, optional
/// <c>heading</c>; other fields ignored), one JSONL line out per input line, in input order:
/// <c>{"id":…,"labels":[{"label":…,"score":…}]}</c> with the labels the model decides for (or every
/// label with <c>allScores</c>), in taxonomy order. A line that cannot be classified gets
/// <c>{"id":…,"line":N,"error":"…"}</c> and the rest go on.
/// </summary>
public sealed class JsonlClassifier(ClauseModel model)
{
    private const int BatchSize = 1024;

    /// <summary>Longer texts are refused: no clause is this long, and featurising it would stall the batch.</summary>
    public const int MaximumTextLength = 100_000;

    private readonly ClauseModel _model = model ?? throw new ArgumentNullException(nameof(model));

    /// <summary>Classifies every line of <paramref name="input"/>; returns how many lines were errors.</summary>
    public async Task<int> RunAsync(TextReader input, TextWriter output, bool allScores, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        var errors = 0;
        var lineNumber = 0;
        var batch = new List<Request>(BatchSize);
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            batch.Add(Parse(line, lineNumber));
            if (batch.Count == BatchSize)
            {
                errors += await FlushAsync(batch, output, allScores, cancellationToken);
            }
        }

        errors += await FlushAsync(batch, output, allScores, cancellationToken);
        await output.FlushAsync(cancellationToken);
        return errors;
    }

    private async Task<int> FlushAsync(List<Request> batch, TextWriter output, bool allScores, CancellationToken cancellationToken)
    {
        var probabilities = new float[batch.Count][];
        Parallel.For(0, batch.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            if (batch[i].Error is null)
            {
                probabilities[i] = _model.Predict(batch[i].Text!, batch[i].Heading);
            }
        });

        var errors = 0;
        using var buffer = new MemoryStream();
        for (var i = 0; i < batch.Count; i++)
        {
            buffer.SetLength(0);
            using (var writer = new Utf8JsonWriter(buffer))
            {
                writer.WriteStartObject();
                writer.WritePropertyName("id");
                if (batch[i].Id is { } id)
                {
                    id.WriteTo(writer);
                }
                else
                {
                    writer.WriteNullValue();
                }

                if (batch[i].Error is { } error)
                {
                    errors++;
                    writer.WriteNumber("line", batch[i].Line);
                    writer.WriteString("error", error);
                }
                else
                {
                    writer.WriteStartArray("labels");
                    for (var l = 0; l < _model.Labels.Count; l++)
                    {
                        var score = probabilities[i][l];
                        if (allScores || score >= _model.Labels[l].Threshold)
                        {
                            writer.WriteStartObject();
                            writer.WriteString("label", _model.Labels[l].Label);
                            writer.WriteNumber("score", Math.Round(Math.Clamp(score, 0f, 1f), 4));
                            if (allScores)
                            {
                                writer.WriteBoolean("decided", score >= _model.Labels[l].Threshold);
                            }

                            writer.WriteEndObject();
                        }
                    }

                    writer.WriteEndArray();
                }

                writer.WriteEndObject();
            }

            await output.WriteLineAsync(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length).AsMemory(), cancellationToken);
        }

        batch.Clear();
        return errors;
    }

    private static Request Parse(string line, int lineNumber)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException)
        {
            return new Request(lineNumber, null, null, null, "the line is not valid JSON");
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new Request(lineNumber, null, null, null, "the line is not a JSON object");
            }

            JsonElement? id = root.TryGetProperty("id", out var idElement) ? idElement.Clone() : null;
            if (!root.TryGetProperty("text", out var text) || text.ValueKind != JsonValueKind.String)
            {
                return new Request(lineNumber, id, null, null, "\"text\" is missing or not a string");
            }

            var heading = root.TryGetProperty("heading", out var headingElement) && headingElement.ValueKind == JsonValueKind.String
                ? headingElement.GetString()
                : null;
            var value = text.GetString()!;
            if (string.IsNullOrWhiteSpace(value))
            {
                return new Request(lineNumber, id, null, null, "\"text\" is empty");
            }

            return value.Length > MaximumTextLength
                ? new Request(lineNumber, id, null, null, string.Create(CultureInfo.InvariantCulture, $"\"text\" is longer than {MaximumTextLength} characters"))
                : new Request(lineNumber, id, value, heading, null);
        }
    }

    private sealed record Request(int Line, JsonElement? Id, string? Text, string? Heading, string? Error)
    {
        public override string ToString() => Line.ToString(CultureInfo.InvariantCulture);
    }
}
