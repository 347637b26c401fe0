using System.IO.Compression;
using System.Text.Json;
using Intake.Pipeline.Classification.Model;

namespace Intake.Training.Model;

/// <summary>
/// Writes a trained <see cref="ClauseModel"/> as the zip that <see cref="ClauseModel.Load(Stream)"/> reads:
/// the manifest as JSON and, per label, its non-zero weights as delta-coded feature indices with floats.
/// Only training writes models, so the writer lives here and the runtime carries just the reader.
/// </summary>
public static class ClauseModelWriter
{
    public static void Save(this ClauseModel model, string path)
    {
        ArgumentNullException.ThrowIfNull(model);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        using var stream = File.Create(path);
        model.Save(stream);
    }

    /// <summary>Writes the zip with fixed entry times so that the same model gives the same bytes.</summary>
    public static void Save(this ClauseModel model, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(model);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        var stamp = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var manifestEntry = zip.CreateEntry(ClauseModel.ManifestEntry, CompressionLevel.Optimal);
        manifestEntry.LastWriteTime = stamp;
        using (var manifestStream = manifestEntry.Open())
        {
            JsonSerializer.Serialize(manifestStream, model.Manifest, ClauseModel.ManifestJson);
        }

        var weightsEntry = zip.CreateEntry(ClauseModel.WeightsEntry, CompressionLevel.Optimal);
        weightsEntry.LastWriteTime = stamp;
        using var weightsStream = weightsEntry.Open();
        using var writer = new BinaryWriter(weightsStream);
        foreach (var label in model.Labels)
        {
            writer.Write(label.Indices.Count);
            var previous = 0;
            for (var i = 0; i < label.Indices.Count; i++)
            {
                writer.Write7BitEncodedInt(label.Indices[i] - previous);
                previous = label.Indices[i];
                writer.Write(label.Weights[i]);
            }
        }
    }
}
