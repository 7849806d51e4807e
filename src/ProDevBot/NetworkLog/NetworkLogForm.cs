using ProDevBot.Cohorts;
using ProDevBot.Slack.Payloads;
using static ProDevBot.NetworkLog.NetworkLogIds;

namespace ProDevBot.NetworkLog;

/// <summary>Reads and checks a submitted networking log; each problem is keyed to its input block, in a student's words.</summary>
internal static class NetworkLogForm
{
    public static (NetworkingActivity? Activity, Dictionary<string, string> Errors) Read(
        ViewState? state, string studentId, int module, DateOnly today, DateTimeOffset now)
    {
        state ??= new ViewState();
        var errors = new Dictionary<string, string>();
        var name = Required(state, Name, "Add the name of the person you connected with.", NetworkLogModal.NameLength, errors);
        var role = Optional(state, Role, NetworkLogModal.NameLength, errors);
        var company = Optional(state, Company, NetworkLogModal.NameLength, errors);
        var learned = Required(state, Learned, "Write down at least one thing you learned.", NetworkLogModal.TextLength, errors);
        var goals = Optional(state, Goals, NetworkLogModal.TextLength, errors);

        var kind = Enum.TryParse<NetworkingKind>(state.SelectedValue(Kind, Value), out var k) && Enum.IsDefined(k) ? k : (NetworkingKind?)null;
        if (kind is null)
        {
            errors[Kind] = "Choose how you connected.";
        }

        var occurred = state.Date(OccurredOn, Value);
        if (occurred is null)
        {
            errors[OccurredOn] = "Pick the day it happened.";
        }
        else if (occurred > today)
        {
            errors[OccurredOn] = $"That day hasn't happened yet (today is {LocalTimes.Day(today)}). Log activities once they've taken place.";
        }

        var followUp = state.Date(FollowUp, Value);
        if (followUp < today)
        {
            errors[FollowUp] = $"A follow-up date has to be today ({LocalTimes.Day(today)}) or later.";
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        return (new NetworkingActivity
        {
            StudentId = studentId, Module = module, ContactName = name!, ContactRole = role, ContactCompany = company,
            Kind = kind!.Value, OccurredOn = occurred!.Value, Learned = learned!, GoalsLink = goals, FollowUpOn = followUp, CreatedAt = now,
        }, errors);
    }

    private static string? Required(ViewState state, string block, string missing, int max, Dictionary<string, string> errors)
    {
        var text = state.Text(block, Value);
        if (text is null)
        {
            errors[block] = missing;
        }

        return Optional(state, block, max, errors) ?? text;
    }

    private static string? Optional(ViewState state, string block, int max, Dictionary<string, string> errors)
    {
        var text = state.Text(block, Value);
        if (text is { Length: var length } && length > max)
        {
            errors[block] = $"That's {length:N0} characters; please keep it to {max:N0}.";
        }

        return text;
    }
}
