using ProDevBot.Slack.Blocks;
using static ProDevBot.NetworkLog.NetworkLogIds;

namespace ProDevBot.NetworkLog;

/// <summary>The networking-log form: who, how, when, what you learned, how it ties to your goals, and a follow-up date.</summary>
internal static class NetworkLogModal
{
    public const int NameLength = 100;
    public const int TextLength = 3000;

    public static SlackViewDefinition Build(DateOnly today)
    {
        var kinds = Enum.GetValues<NetworkingKind>().Select(k => OptionObject.Create(NetworkingKindLabels.Label(k), k.ToString())).ToList();
        return SlackViewDefinition.Modal("Log networking", [
            InputBlock.Create(Name, "Who did you connect with?", PlainTextInputElement.Create(Value, NameLength, placeholder: "Their name")),
            InputBlock.Create(Role, "Their role", PlainTextInputElement.Create(Value, NameLength, placeholder: "e.g. Backend engineer"), optional: true),
            InputBlock.Create(Company, "Their company", PlainTextInputElement.Create(Value, NameLength), optional: true),
            InputBlock.Create(Kind, "How did you connect?", StaticSelectElement.Create(Value, kinds, kinds[0])),
            InputBlock.Create(OccurredOn, "When?", DatepickerElement.Create(Value, today)),
            InputBlock.Create(Learned, "What did you learn?", PlainTextInputElement.Create(Value, TextLength, multiline: true)),
            InputBlock.Create(Goals, "How does it tie to your networking goals?", PlainTextInputElement.Create(Value, TextLength, multiline: true), optional: true),
            InputBlock.Create(FollowUp, "Follow up on", DatepickerElement.Create(Value),
                hint: "Pick a day and I'll remind you that morning at 9:00.", optional: true),
        ], CallbackId) with
        {
            Submit = new PlainText("Save"),
            Close = new PlainText("Cancel"),
        };
    }
}
