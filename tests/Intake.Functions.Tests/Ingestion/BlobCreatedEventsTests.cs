using System.Text.Json;
using Intake.Pipeline.Ingestion;

namespace Intake.Functions.Tests.Ingestion;

public class BlobCreatedEventsTests
{
    [Fact]
    public void Parse_EventGridSchema_ReadsContainerBlobAndETag()
    {
        var result = BlobCreatedEvents.Parse(EventPayloads.EventGrid("intake", "contracts/2026/nda.pdf"));

        var evt = Assert.Single(result.Events);
        Assert.Equal("intake", evt.ContainerName);
        Assert.Equal("contracts/2026/nda.pdf", evt.BlobName);
        Assert.Equal("\"0x8DCB2E4835CD0A1\"", evt.ETag);
        Assert.Equal(1024, evt.ContentLength);
        Assert.Equal("831e1650-001e-001b-66ab-eeb76e069631", evt.Id);
    }

    [Fact]
    public void Parse_CloudEventsSchema_ReadsContainerAndBlob()
    {
        var result = BlobCreatedEvents.Parse(EventPayloads.CloudEvent("intake", "共同研究契約.pdf"));

        var evt = Assert.Single(result.Events);
        Assert.Equal("intake", evt.ContainerName);
        Assert.Equal("共同研究契約.pdf", evt.BlobName);
        Assert.Equal(30699, evt.ContentLength);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 10, 41, 0, TimeSpan.Zero), evt.Time!.Value.AddTicks(-evt.Time.Value.Ticks % TimeSpan.TicksPerSecond));
    }

    [Fact]
    public void Parse_EventWrappedInAJsonString_IsNotAnEvent()
    {
        // The isolated worker hands the function the decoded message text itself; nothing wraps it.
        var wrapped = JsonSerializer.Serialize(EventPayloads.EventGrid("intake", "a.txt").ToString());

        var result = BlobCreatedEvents.Parse(wrapped);

        Assert.Empty(result.Events);
        Assert.False(result.IsOtherEvent);
    }

    [Fact]
    public void Parse_ArrayOfEvents_ReadsEach()
    {
        var json = $"[{EventPayloads.EventGrid("intake", "a.txt")},{EventPayloads.CloudEvent("intake", "b.txt")}]";

        Assert.Equal(["a.txt", "b.txt"], BlobCreatedEvents.Parse(json).Events.Select(e => e.BlobName));
    }

    [Fact]
    public void Parse_BlobDeletedEvent_IsAnotherEventNotAnError()
    {
        var json = EventPayloads.EventGrid("intake", "a.txt").Replace("Microsoft.Storage.BlobCreated", "Microsoft.Storage.BlobDeleted", StringComparison.Ordinal);

        var result = BlobCreatedEvents.Parse(json);

        Assert.Empty(result.Events);
        Assert.True(result.IsOtherEvent);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json at all")]
    [InlineData("{\"hello\":\"world\"}")]
    [InlineData("\"\\\"just a string\\\"\"")]
    [InlineData("{\"eventType\":\"Microsoft.Storage.BlobCreated\",\"data\":{}}")]
    public void Parse_GarbageMessage_ReportsAProblem(string text)
    {
        var result = BlobCreatedEvents.Parse(text);

        Assert.Empty(result.Events);
        Assert.False(result.IsOtherEvent);
        Assert.False(string.IsNullOrEmpty(result.Problem));
    }

    [Fact]
    public void CreateEventGridJson_RoundTripsThroughParse()
    {
        var json = BlobCreatedEvents.CreateEventGridJson(
            "devstoreaccount1",
            new Uri("http://127.0.0.1:10000/devstoreaccount1/intake/%E5%A5%91%E7%B4%84/x.txt"),
            "intake",
            "契約/x.txt",
            "\"0x1\"",
            42,
            "text/plain",
            new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero),
            Guid.Parse("7d1c0f6e-3f55-4d0a-9a59-0c8c1e0f0b11"));

        var evt = Assert.Single(BlobCreatedEvents.Parse(json).Events);
        Assert.Equal("契約/x.txt", evt.BlobName);
        Assert.Equal("\"0x1\"", evt.ETag);
        Assert.Equal(42, evt.ContentLength);
        Assert.Equal("7d1c0f6e-3f55-4d0a-9a59-0c8c1e0f0b11", evt.Id);
    }

    [Fact]
    public void Parse_EventWithoutSubject_FallsBackToThePathStyleUrl()
    {
        var json = """{"eventType":"Microsoft.Storage.BlobCreated","id":"1","data":{"url":"http://127.0.0.1:10000/devstoreaccount1/intake/dir/a%20b.txt"}}""";

        var evt = Assert.Single(BlobCreatedEvents.Parse(json).Events);
        Assert.Equal("intake", evt.ContainerName);
        Assert.Equal("dir/a b.txt", evt.BlobName);
    }
}
