"""WRITER12 (issue 17, blind run 12, class 3): a formal letter greets by title and first surname when the job title
says the holder's gender in its own language ('Directora de Compras' → 'Ms. Paredes'), as it does when the notes'
pronouns say so; a title that is the same word for anyone says nothing; each person is named one way in a run.
Notes invented here (a cement plant in Lima, a vineyard near Mendoza)."""

from __future__ import annotations

import re
from pathlib import Path

from afterview.notes.model import Interviewer
from afterview.salutation import courtesy_title
from helpers import draft_json


def _person(title: str, topics: tuple[str, ...] = ()) -> Interviewer:
    return Interviewer(name="Lucía Paredes Quispe", title=title, role="hiring_manager", topics=list(topics))


def test_a_gendered_job_title_says_mr_or_ms() -> None:
    assert courtesy_title(_person("Directora de Compras")) == "Ms."
    assert courtesy_title(_person("Jefe de Mantenimiento")) == "Mr."
    assert courtesy_title(_person("Gerente de Planta")) is None  # the same word for anyone
    assert courtesy_title(_person("Director of Finance")) is None  # English 'Director' says nothing
    assert courtesy_title(_person("Ingeniera de Procesos, Chairwoman of the safety board")) == "Ms."
    # the notes' own pronouns come first
    assert courtesy_title(_person("Jefe de Turno", ("his team runs the kiln",))) == "Mr."


CEMENT = """
candidate:
  name: Rosa Huamán
  highlights:
    - 4 yrs kiln shift lead at a cement plant in Arequipa
position: Procurement Manager
company:
  name: Cementos del Pacífico
  culture: formal
interview:
  at: 2026-11-16T10:00
  timezone: America/Lima
  format: onsite
interviewers:
  - name: Lucía Paredes Quispe
    title: Directora de Compras
    role: hiring_manager
    email: lparedes@cdp.example
    topics:
      - spare parts for the two kilns
  - name: Martín Salas Rojas
    title: Jefe de Planta
    role: peer
    email: msalas@cdp.example
    topics:
      - the clinker cooler rebuild
"""


def test_a_formal_run_names_each_person_one_way(tmp_path: Path) -> None:
    run = draft_json(tmp_path, CEMENT, "--now", "2026-11-16T15:00")
    bodies = {m["to"]: m["body"] for m in run["messages"]}
    assert bodies["Lucía Paredes Quispe"].startswith("Dear Ms. Paredes,")
    assert bodies["Martín Salas Rojas"].startswith("Dear Mr. Salas,")
    for body in bodies.values():
        # never the first name of a person greeted by surname, anywhere in the run
        assert not re.search(r"\b(?:Lucía|Martín)\b", body)
