using System.Runtime.CompilerServices;

namespace ProDevBot.Tests.Fakes;

/// <summary>
/// A load balancer in front of a cluster: each request goes to the next instance in turn (round robin), so a test's
/// second request lands on another instance than its first. Every client of one cluster shares <paramref name="turn"/>,
/// as they would share one load balancer: a coach's request and the student's next one alternate too.
/// </summary>
public sealed class AlternatingHandler(IReadOnlyList<Uri> instances, StrongBox<int> turn) : DelegatingHandler(new SocketsHttpHandler())
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var instance = instances[(int)((uint)Interlocked.Increment(ref turn.Value) % (uint)instances.Count)];
        request.RequestUri = new UriBuilder(request.RequestUri!) { Scheme = instance.Scheme, Host = instance.Host, Port = instance.Port }.Uri;
        return base.SendAsync(request, cancellationToken);
    }
}
