"""Words for a government assignment and the task it names (`label/area/assignment.py`):
"Folkhälsomyndigheten får i uppdrag att uppdatera utbildningen … För 2025 avsätts 3,5 Mkr för
detta uppdrag"."""

# Words by which a sentence points back to an assignment stated before it; not "ett liknande
# uppdrag", which is a new one.
ASSIGNMENT_POINTERS = ("uppdraget", "uppdragets", "regeringsuppdraget", "detta uppdrag", "dessa uppdrag",
                       "samma uppdrag")
# What opens the task an assignment names: "får i uppdrag att …", "ges ett uppdrag att …",
# "uppdras att …".
TASK_OPENERS = ("i uppdrag att", "ett uppdrag att", "uppdraget att", "uppdras att", "uppdrar åt")
# How far back, in characters, an assignment is looked for: a few sentences of its section.
TASK_REACH = 1200
