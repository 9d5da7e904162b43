"""The WSGI application gunicorn serves, under the name the seed's command uses (core.wsgi:APPLICATION)."""
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "core.settings")
APPLICATION = get_wsgi_application()
