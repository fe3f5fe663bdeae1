<%!
import re
%>\
<%
    engines = config.get_main_option("databases") or "main"
    names = re.split(r',\s*', engines.strip())
    stamp = create_date.strftime("%Y-%m-%d")
%>"""${message.strip().capitalize()} (${stamp})

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
"""
revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}
## one pair of functions per engine
% for index, name in (("first", names[0]),):
## ${index} is ${name}
% endfor
% for name in names:


def upgrade_${name}() -> None:
    ${context.get("%s_upgrades" % name, "pass")}


def downgrade_${name}() -> None:
    ${context.get("%s_downgrades" % name, "pass")}
% endfor
# ${len(names)} engine(s): ${", ".join(names)}; slug ${"_".join(message.lower().split())[:20]}
