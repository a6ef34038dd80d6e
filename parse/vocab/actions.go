package vocab

// Actions: the headings and labels that announce a list of actions, and
// the words that say the actions under them were set at an earlier
// meeting.

// ActionHeadings are the words of a heading or label over actions:
// "Actions", "Action items", "Next steps", "Suivi des actions",
// "Aufgaben", "Actiepunten".
var ActionHeadings = Table{
	{English, "actions", ""},
	{English, "action", ""},
	{English, "action items", ""},
	{English, "action item", ""},
	{English, "action points", ""},
	{English, "action point", ""},
	{English, "to-dos", ""},
	{English, "to-do", ""},
	{English, "todos", ""},
	{English, "todo", ""},
	{English, "next steps", ""},
	{English, "follow-ups", ""},
	{English, "follow-up", ""},
	{English, "follow ups", ""},
	{English, "follow up", ""},
	{French, "suivi des actions", ""},
	{French, "tâches", ""},
	{German, "aufgaben", ""},
	{German, "maßnahmen", ""},
	{German, "massnahmen", ""},
	{Spanish, "acciones", ""},
	{Italian, "azioni", ""},
	{Dutch, "actiepunten", ""},
	{Dutch, "acties", ""},
}

// EarlierActions are the words of a heading over actions set at an earlier
// meeting: "Actions from the last meeting", "Outstanding actions",
// "Actions de la réunion précédente".
var EarlierActions = Table{
	{English, "last", ""},
	{English, "previous", ""},
	{English, "prior", ""},
	{English, "earlier", ""},
	{English, "outstanding", ""},
	{English, "status of", ""},
	{English, "review of", ""},
	{English, "carried forward", ""},
	{English, "carried over", ""},
	{English, "old business", ""},
	{English, "pending", ""},
	{French, "précédentes", ""},
	{French, "précédente", ""},
	{French, "précédents", ""},
	{French, "précédent", ""},
	{French, "dernière", ""},
	{German, "letzten", ""},
	{German, "vorherigen", ""},
	{Spanish, "anteriores", ""},
	{Spanish, "anterior", ""},
	{Italian, "precedenti", ""},
}

// ActionLabels are the words that label an action: "ACTION: Ann to
// circulate …", "Action item 3 –", "TODO", "Aufgabe:", "À faire :". They
// may be followed by a colon, a dash or a space.
var ActionLabels = Table{
	{English, "action items", ""},
	{English, "action item", ""},
	{English, "action points", ""},
	{English, "action point", ""},
	{English, "action", ""},
	{English, "to-do", ""},
	{English, "todo", ""},
	{German, "aufgabe", ""},
	{German, "maßnahme", ""},
	{German, "massnahme", ""},
	{Spanish, "acción", ""},
	{Italian, "azione", ""},
	{French, "à faire", ""},
	{French, "tâche", ""},
}

// ActionColonLabels label an action only with a colon after them, since
// without one they are common words: "ACTIE: Peter mailt …", "Ação:",
// "待办事项：".
var ActionColonLabels = Table{
	{Dutch, "actiepunt", ""},
	{Dutch, "actie", ""},
	{German, "aktion", ""},
	{German, "todo", ""},
	{Portuguese, "ação", ""},
	{Portuguese, "acao", ""},
	{Portuguese, "tarefa", ""},
	{Portuguese, "encaminhamento", ""},
	{Spanish, "tarea", ""},
	{Spanish, "acciones", ""},
	{Italian, "compito", ""},
	{Welsh, "gweithredu", ""},
	{Chinese, "待办事项", ""},
	{Chinese, "待办", ""},
	{Chinese, "行动项", ""},
	{Chinese, "跟进", ""},
	{Japanese, "アクションアイテム", ""},
	{Japanese, "宿題", ""},
}
