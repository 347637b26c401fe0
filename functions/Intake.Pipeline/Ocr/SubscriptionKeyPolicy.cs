using Azure.Core;
using Azure.Core.Pipeline;

namespace Intake.Pipeline.Ocr;

/// <summary>Signs each request (each retry too) with the resource key in <c>Ocp-Apim-Subscription-Key</c>.</summary>
internal sealed class SubscriptionKeyPolicy(string key) : HttpPipelineSynchronousPolicy
{
    public const string HeaderName = "Ocp-Apim-Subscription-Key";

    public override void OnSendingRequest(HttpMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        message.Request.Headers.SetValue(HeaderName, key);
    }
}
