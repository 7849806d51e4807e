using Microsoft.Extensions.DependencyInjection;
using ProDevBot.Slack.Payloads;
using ProDevBot.Slack.Routing;
using ProDevBot.Slack.Tests.Fakes;

namespace ProDevBot.Slack.Tests.Routing;

public class InteractionRoutingTests
{
    [Fact]
    public void SecondHandlerForTheSameKeyStopsRegistrationNamingBoth()
    {
        var services = new ServiceCollection();
        services.AddInteractionHandler<RecordingInteractionHandler>(new(InteractionKind.BlockAction, "done"));

        var clash = Assert.Throws<InvalidOperationException>(() =>
            services.AddInteractionHandler<OtherHandler>(new(InteractionKind.BlockAction, "done")));

        Assert.Contains("`done`", clash.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(RecordingInteractionHandler), clash.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(OtherHandler), clash.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SameIdUnderAnotherKindIsADifferentKey()
    {
        var services = new ServiceCollection();
        services.AddInteractionHandler<RecordingInteractionHandler>(new(InteractionKind.ViewSubmission, "log"));
        services.AddInteractionHandler<OtherHandler>(new(InteractionKind.ViewClosed, "log"));

        var routes = services.BuildServiceProvider().GetRequiredService<InteractionRoutes>();

        Assert.Equal(typeof(OtherHandler), routes.Find(new ViewClosedPayload { View = new SlackView { CallbackId = "log" } })?.Handler);
        Assert.Equal(typeof(RecordingInteractionHandler), routes.Find(new ViewSubmissionPayload { View = new SlackView { CallbackId = "log" } })?.Handler);
    }

    [Fact]
    public void ClickFindsTheHandlerOfItsActionIdOnly()
    {
        var services = new ServiceCollection();
        services.AddInteractionHandler<RecordingInteractionHandler>(new(InteractionKind.BlockAction, "a"));
        services.AddInteractionHandler<OtherHandler>(new(InteractionKind.BlockAction, "b", Restricted: true));
        var routes = services.BuildServiceProvider().GetRequiredService<InteractionRoutes>();

        var found = routes.Find(new BlockActionsPayload { Actions = [new BlockAction { ActionId = "b" }] });

        Assert.Equal((typeof(OtherHandler), true), (found?.Handler, found?.Route.Restricted));
        Assert.Null(routes.Find(new BlockActionsPayload { Actions = [new BlockAction { ActionId = "c" }] }));
        Assert.Null(routes.Find(new BlockActionsPayload { Actions = [] }));
    }

    private sealed class OtherHandler : IInteractionHandler
    {
        public Task<SlackAnswer> HandleAsync(InteractionPayload payload, CancellationToken cancellationToken) => Task.FromResult(SlackAnswer.Ok);
    }
}
