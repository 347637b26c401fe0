using Intake.Infra.Tests.Arm;
using Intake.Infra.Tests.Bicep;

namespace Intake.Infra.Tests;

/// <summary>BlobCreated in the intake container reaches the intake-events queue, with retries, dead-lettering and identity-based delivery.</summary>
public class EventGridTests
{
    private static DeployedResource Subscription() =>
        MainTemplate.Deploy().Single("Microsoft.EventGrid/systemTopics/eventSubscriptions");

    [Fact]
    public void SystemTopic_WatchesTheStorageAccount_WithItsOwnIdentity()
    {
        var deployment = MainTemplate.Deploy();
        var topic = deployment.Single("Microsoft.EventGrid/systemTopics");
        var account = deployment.Single("Microsoft.Storage/storageAccounts");

        Assert.Equal("Microsoft.Storage.StorageAccounts", topic.PropertyString("topicType"));
        Assert.Equal(account.Id, topic.PropertyString("source"));
        Assert.Equal("SystemAssigned", DeployedResource.Navigate(topic.Definition, "identity.type")?.GetValue<string>());
    }

    [Fact]
    public void Subscription_FiltersBlobCreatedInTheIntakeContainer()
    {
        var subscription = Subscription();

        Assert.Equal(["Microsoft.Storage.BlobCreated"], subscription.Property("filter.includedEventTypes")!.AsArray().Select(e => e!.GetValue<string>()));
        Assert.Equal("/blobServices/default/containers/intake/", subscription.PropertyString("filter.subjectBeginsWith"));
    }

    [Fact]
    public void Subscription_DeliversToTheEventsQueue_UsingTheTopicIdentity()
    {
        var deployment = MainTemplate.Deploy();
        var subscription = deployment.Single("Microsoft.EventGrid/systemTopics/eventSubscriptions");
        var account = deployment.Single("Microsoft.Storage/storageAccounts");

        Assert.Null(subscription.Property("destination"));
        Assert.Equal("SystemAssigned", subscription.PropertyString("deliveryWithResourceIdentity.identity.type"));
        Assert.Equal("StorageQueue", subscription.PropertyString("deliveryWithResourceIdentity.destination.endpointType"));
        Assert.Equal(account.Id, subscription.PropertyString("deliveryWithResourceIdentity.destination.properties.resourceId"));
        Assert.Equal("intake-events", subscription.PropertyString("deliveryWithResourceIdentity.destination.properties.queueName"));
    }

    [Fact]
    public void Subscription_DeadLettersToTheDeadLetterContainer_UsingTheTopicIdentity()
    {
        var subscription = Subscription();

        Assert.Null(subscription.Property("deadLetterDestination"));
        Assert.Equal("SystemAssigned", subscription.PropertyString("deadLetterWithResourceIdentity.identity.type"));
        Assert.Equal("StorageBlob", subscription.PropertyString("deadLetterWithResourceIdentity.deadLetterDestination.endpointType"));
        Assert.Equal("intake-deadletter", subscription.PropertyString("deadLetterWithResourceIdentity.deadLetterDestination.properties.blobContainerName"));
    }

    [Fact]
    public void Subscription_HasARetryPolicy()
    {
        var subscription = Subscription();

        Assert.InRange(ArmValues.AsLong(subscription.Property("retryPolicy.maxDeliveryAttempts")), 2, 30);
        Assert.InRange(ArmValues.AsLong(subscription.Property("retryPolicy.eventTimeToLiveInMinutes")), 60, 1440);
    }

    [Fact]
    public void Subscription_IsCreatedAfterTheTopicMayDeliverAndDeadLetter()
    {
        var deployment = MainTemplate.Deploy();
        var subscription = deployment.Single("Microsoft.EventGrid/systemTopics/eventSubscriptions");
        var dependsOn = subscription.Definition["dependsOn"]!.AsArray().Select(d => d!.GetValue<string>()).ToList();
        var topicGrants = deployment.OfType("Microsoft.Authorization/roleAssignments")
            .Where(r => r.Module == subscription.Module).Select(r => r.Id).ToList();

        Assert.Equal(2, topicGrants.Count);
        Assert.All(topicGrants, id => Assert.Contains(id, dependsOn));
    }
}
