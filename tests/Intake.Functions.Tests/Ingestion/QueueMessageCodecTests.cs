using System.Text;
using Intake.Pipeline.Ingestion;
using Intake.Pipeline.Storage;

namespace Intake.Functions.Tests.Ingestion;

public class QueueMessageCodecTests
{
    [Fact]
    public void Encode_WritesBase64OfUtf8Json_AsEventGridAndTheHostExpect()
    {
        const string Json = """{"subject":"/blobServices/default/containers/intake/blobs/契約.txt"}""";

        var encoded = QueueMessageCodec.Encode(Json);

        Assert.Equal(Json, Encoding.UTF8.GetString(Convert.FromBase64String(encoded)));
        Assert.Equal(Json, QueueMessageCodec.Decode(encoded));
    }

    [Fact]
    public void Decode_PlainJsonMessage_IsAcceptedAsIs()
    {
        Assert.Equal("""{"a":1}""", QueueMessageCodec.Decode("""{"a":1}"""));
        Assert.Equal("[1]", QueueMessageCodec.Decode(" [1] "));
    }

    [Fact]
    public void HostJson_PinsTheSameBase64Encoding()
    {
        using var hostJson = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Support.Repository.Root, "functions", "Intake.Functions", "host.json")));
        var queues = hostJson.RootElement.GetProperty("extensions").GetProperty("queues");

        Assert.Equal("base64", queues.GetProperty("messageEncoding").GetString());
        Assert.Equal(new IntakeStorageOptions().MaxDequeueCount, queues.GetProperty("maxDequeueCount").GetInt32());
    }
}
