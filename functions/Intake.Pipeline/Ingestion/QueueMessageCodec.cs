using System.Buffers.Text;
using System.Text;

namespace Intake.Pipeline.Ingestion;

/// <summary>
/// The one encoding of <c>intake-events</c> messages: UTF-8 JSON, Base64-encoded — what Event Grid
/// writes to storage queues and what the Functions host decodes with host.json
/// <c>extensions.queues.messageEncoding = "base64"</c>. <c>intake upload</c> writes it and
/// <c>intake serve</c> reads it here; reading also accepts plain JSON, so a message someone typed
/// into a tool by hand is not lost.
/// </summary>
public static class QueueMessageCodec
{
    public static string Encode(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
    }

    /// <summary>The JSON text of a raw (undecoded) queue message body.</summary>
    public static string Decode(string rawMessageText)
    {
        ArgumentNullException.ThrowIfNull(rawMessageText);
        var trimmed = rawMessageText.Trim();
        if (trimmed.Length > 0 && (trimmed[0] == '{' || trimmed[0] == '['))
        {
            // Already JSON: '{' and '[' are not Base64 characters.
            return trimmed;
        }

        var bytes = Encoding.ASCII.GetBytes(trimmed);
        if (Base64.IsValid(bytes, out var decodedLength))
        {
            var buffer = new byte[decodedLength];
            if (Convert.TryFromBase64String(trimmed, buffer, out var written))
            {
                return Encoding.UTF8.GetString(buffer, 0, written);
            }
        }

        return trimmed;
    }
}
