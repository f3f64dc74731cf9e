"""The words notes use for the people a result was won with, in one place for every writer part that reads them
(writer/team_credit.py, team_lead.py, credited_result.py, whole_result.py, faithful.py)."""

# a group that acts as one: 'our team cut …', 'w/ the wet-end crew', 'team of 4'
TEAM = r"(?:team|crew|group|squad)"
# the group, or the people in it by what they are: 'w/ 3 colleagues', 'with the volunteers'
WORKED_WITH = r"(?:team|crew|group|squad|colleagues?|staff|coordinators|volunteers|students)"
